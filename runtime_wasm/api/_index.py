"""Which family provides each public st name, so `import appwasm` loads only the core.

A page that never calls st.dataframe never imports the data family (nor pays for it in the
browser, where importing the whole runtime costs about half a second on a first visit).
Generated from the families' `__all__`: `python -m appwasm.api._index` rewrites this file, and
tests/unit/test_architecture.py fails when it is stale.
"""

FAMILY_OF: dict[str, str] = {'Page': 'state',
 'altair_chart': 'charts',
 'area_chart': 'charts',
 'audio': 'display',
 'audio_input': 'uploads',
 'balloons': 'display',
 'bar_chart': 'charts',
 'cache': 'state',
 'cache_data': 'state',
 'cache_resource': 'state',
 'camera_input': 'uploads',
 'chat_input': 'uploads',
 'chat_message': 'uploads',
 'color_picker': 'inputs',
 'column_config': 'data',
 'columns': 'layout',
 'components': 'display',
 'container': 'layout',
 'context': 'state',
 'data_editor': 'data',
 'dataframe': 'data',
 'date_input': 'inputs',
 'dialog': 'layout',
 'download_button': 'uploads',
 'echo': 'display',
 'expander': 'layout',
 'experimental_audio_input': 'uploads',
 'experimental_dialog': 'layout',
 'experimental_fragment': 'layout',
 'experimental_get_query_params': 'state',
 'experimental_set_query_params': 'state',
 'experimental_user': 'state',
 'feedback': 'inputs',
 'file_uploader': 'uploads',
 'form': 'layout',
 'form_submit_button': 'layout',
 'fragment': 'layout',
 'get_option': 'state',
 'graphviz_chart': 'charts',
 'help': 'display',
 'html': 'display',
 'image': 'display',
 'latex': 'display',
 'line_chart': 'charts',
 'link_button': 'uploads',
 'logo': 'display',
 'map': 'charts',
 'metric': 'data',
 'multiselect': 'inputs',
 'navigation': 'state',
 'page_link': 'state',
 'pills': 'inputs',
 'plotly_chart': 'charts',
 'popover': 'layout',
 'progress': 'display',
 'pyplot': 'charts',
 'query_params': 'state',
 'scatter_chart': 'charts',
 'secrets': 'state',
 'segmented_control': 'inputs',
 'select_slider': 'inputs',
 'set_option': 'state',
 'set_page_config': 'state',
 'snow': 'display',
 'spinner': 'display',
 'status': 'display',
 'switch_page': 'state',
 'table': 'data',
 'tabs': 'layout',
 'text_area': 'inputs',
 'time_input': 'inputs',
 'toast': 'display',
 'vega_lite_chart': 'charts',
 'video': 'display',
 'write_stream': 'display'}


def generate() -> dict[str, str]:
    import importlib

    table: dict[str, str] = {}
    for family in ("display", "inputs", "uploads", "layout", "state", "data", "charts"):
        module = importlib.import_module(f"appwasm.api.{family}")
        for name in module.__all__:
            table[name] = family
    return dict(sorted(table.items()))


if __name__ == "__main__":
    import pathlib
    import pprint

    path = pathlib.Path(__file__)
    text = path.read_text()
    start = text.index("FAMILY_OF: dict[str, str] = {")
    end = text.index("}\n", start) + 2
    body = "FAMILY_OF: dict[str, str] = " + pprint.pformat(generate(), width=110, sort_dicts=True) + "\n"
    path.write_text(text[:start] + body + text[end:])
    print(f"wrote {path}")
