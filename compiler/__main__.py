from appwasm_compiler.cli import main

main()
