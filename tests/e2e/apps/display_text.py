import streamlit as st
import streamlit.components.v1 as components

st.title("Display :blue[text]", help="A title with help")
st.markdown(
    "Colors: :red[red text] and :green-background[green bg] and :rainbow[rainbow].\n\n"
    "Emoji: :smile: :+1:\n\n"
    "Icon: :material/home: done\n\n"
    "Unknown icon: :material/zz_not_an_icon:\n\n"
    "Inline math $x^2 + y^2$ costs $5 and $10.\n\n"
    "| a | b |\n|---|---|\n| 1 | ~~old~~ |\n\n"
    "```python\ndef f():\n    return 1\n```\n\n"
    "## A markdown heading"
)
st.latex(r"\int_0^1 x\,dx = \frac{1}{2}")
st.markdown("<script>window.__pwned_md = true</script><img src=x onerror='window.__pwned_img=true'>**html ok**",
            unsafe_allow_html=True)
st.html("<p id='inner'>Inside html</p><script>parent.__pwned_html = true; document.getElementById('inner').textContent = 'script ran'</script>"
        "<div style='height: 180px'>tall</div>")
components.html("<p id='c'>component</p><script>document.getElementById('c').textContent = 'component script ran';"
                "try { parent.document.title = 'pwned'; } catch (e) { document.body.append(' blocked'); }</script>",
                height=80)
with st.echo():
    answer = 6 * 7
    st.write("The answer is", answer)


def words():
    for word in ["streamed ", "words ", "arrive"]:
        yield word


text = st.write_stream(words)
st.caption(f"Returned: {text}")
st.help(st.progress)
st.success("Done", icon=":material/check_circle:")
