"""Runs stream their output, and a new interaction cuts a long run short."""

from __future__ import annotations

import pytest


def statuses(app) -> list[str]:
    return app.page.evaluate("window.__appwasm.store.history.map(h => h.status)")


def test_output_streams_while_the_script_runs(open_app):
    app = open_app("long_run.py")  # open() waits for the first run to finish
    page = app.page
    page.get_by_text("Finished 40").wait_for()
    slider = page.get_by_role("slider", name="Steps")
    slider.focus()
    page.keyboard.press("End")
    # Output of the new run is visible while that run is still going.
    page.get_by_text("step 5").wait_for()
    assert page.evaluate("window.__appwasm.store.running") is True
    assert page.get_by_text("Started with 100").count() == 1


@pytest.mark.parametrize(("flags", "isolate"), [((), False), (("--interrupt", "shared_memory"), True)],
                         ids=["jspi", "shared_memory"])
def test_a_new_event_interrupts_the_run_at_its_next_delta(open_app, flags, isolate):
    app = open_app("long_run.py", *flags, isolate=isolate)
    page = app.page
    slider = page.get_by_role("slider", name="Steps")
    slider.focus()
    page.keyboard.press("End")  # a run of 100 steps x 0.1 s
    page.get_by_text("step 3").wait_for()
    page.keyboard.press("Home")  # interrupts it
    page.get_by_text("Finished 1").wait_for(timeout=5_000)
    app.wait_idle()
    assert "rerun" in statuses(app)
    assert page.get_by_text("Finished 100").count() == 0


def test_without_interrupts_the_run_completes_then_the_event_applies(open_app):
    app = open_app("long_run.py", "--interrupt", "none", isolate=False)
    page = app.page
    slider = page.get_by_role("slider", name="Steps")
    slider.focus()
    page.keyboard.press("Home")
    page.get_by_text("Finished 1").wait_for()
    app.wait_idle()
    assert "rerun" not in statuses(app)


def test_stop_button_stops_a_run(open_app):
    app = open_app("long_run.py", isolate=False)
    page = app.page
    page.get_by_role("slider", name="Steps").focus()
    page.keyboard.press("End")
    page.get_by_role("button", name="Stop").click()
    app.wait_idle()
    assert statuses(app)[-1] == "stopped"
    assert page.get_by_text("Finished 100").count() == 0


def test_stop_interrupts_a_loop_that_draws_nothing_when_isolated(open_app):
    app = open_app("busy_loop.py", isolate=True)
    page = app.page
    assert page.evaluate("crossOriginIsolated") is True
    page.get_by_role("checkbox", name="Spin").check()
    page.get_by_text("spinning").wait_for()
    page.get_by_role("button", name="Stop").click()
    app.wait_idle()
    assert statuses(app)[-1] == "stopped"
    # The session survives: the next interaction runs normally.
    page.get_by_role("checkbox", name="Spin").uncheck()
    page.get_by_text("idle").wait_for()


def test_site_works_under_a_subpath(open_app):
    app = open_app("basics.py", base="/deep/path/")
    assert "/deep/path/" in app.url
    app.page.get_by_text("Dependent: 30").wait_for()
    assert app.foreign_requests() == []
