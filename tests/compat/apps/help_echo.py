"""st.help and st.echo, as tutorials use them."""
import streamlit as st

st.title("Docs")


def area(width: float, height: float = 1.0) -> float:
    """Area of a rectangle."""
    return width * height


class Shape:
    """A shape with sides."""

    sides = 4

    def describe(self):
        """Describe the shape."""
        return "shape"


st.help(area)
st.help(Shape)
with st.echo():
    result = area(3, 4)
    st.write("area:", result)
with st.echo(code_location="below"):
    st.write("code below")
