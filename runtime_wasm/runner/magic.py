"""Magic: a bare expression statement is shown as if it were passed to st.write.

`x` on its own line becomes `__appwasm_magic__(x)`, `a, b` becomes `__appwasm_magic__(a, b)`.
As in Streamlit, calls, awaits, yields and docstrings are left alone, and the rewrite applies
at module level and inside function bodies and compound statements.
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__appwasm_magic__"


def _is_docstring(body: list[ast.stmt], index: int, owner: ast.AST) -> bool:
    if index != 0 or not isinstance(owner, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return False
    node = body[0]
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _magic_call(expr: ast.Expr) -> ast.Expr:
    value = expr.value
    args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
    call = ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=args, keywords=[])
    return ast.copy_location(ast.Expr(value=ast.copy_location(call, value)), expr)


class _MagicRewriter(ast.NodeTransformer):
    def _rewrite_body(self, owner: ast.AST, body: list[ast.stmt]) -> list[ast.stmt]:
        result = []
        for index, stmt in enumerate(body):
            if isinstance(stmt, ast.Expr) and not _is_docstring(body, index, owner) and not isinstance(
                stmt.value, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom)
            ):
                result.append(_magic_call(stmt))
            else:
                result.append(self.visit(stmt))
        return result

    def generic_visit(self, node: ast.AST) -> ast.AST:
        for field in ("body", "orelse", "finalbody"):
            stmts = getattr(node, field, None)
            if isinstance(stmts, list) and stmts and isinstance(stmts[0], ast.stmt):
                setattr(node, field, self._rewrite_body(node, stmts))
        for handler in getattr(node, "handlers", []) or []:
            handler.body = self._rewrite_body(handler, handler.body)
        for case in getattr(node, "cases", []) or []:
            case.body = self._rewrite_body(case, case.body)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        # Class bodies are definitions, not output (Streamlit leaves them alone too).
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        return node


def add_magic(tree: ast.Module) -> ast.Module:
    """Rewrite bare expressions in `tree` (in place) and return it."""
    _MagicRewriter().visit(tree)
    return ast.fix_missing_locations(tree)
