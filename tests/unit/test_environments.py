"""The one rule every tool's environment follows (pywebcompare/evidence/environments.py), with the
creating and installing steps recorded instead of run."""

from __future__ import annotations

from pywebcompare.evidence import environments


class Steps:
    def __init__(self):
        self.done = []

    def make(self, env):
        self.done.append("make")
        (env / "bin").mkdir(parents=True)
        (env / "bin" / "python").write_text("")

    def install(self, python):
        self.done.append("install")


def ensure(env, wanted, steps, **kw):
    return environments.ensure(env, wanted, make=steps.make, install=steps.install, **kw)


def test_made_once_then_reused_until_what_it_was_made_from_changes(tmp_path):
    env, steps = tmp_path / "env", Steps()
    assert ensure(env, "python 3.12\nflask==3.1\n", steps) == env / "bin" / "python"
    assert steps.done == ["make", "install"]
    ensure(env, "python 3.12\nflask==3.1\n", steps)
    assert steps.done == ["make", "install"]  # the stamp matches: nothing runs
    ensure(env, "python 3.12\nflask==3.2\n", steps, same_base="python 3.12\n")
    assert steps.done == ["make", "install", "install"]  # a new pin: installed again, not remade


def test_an_environment_for_another_base_is_remade(tmp_path):
    env, steps = tmp_path / "env", Steps()
    ensure(env, "python 3.12\nx\n", steps, same_base="python 3.12\n")
    (env / "left-over").write_text("")
    ensure(env, "python 3.13\nx\n", steps, same_base="python 3.13\n")
    assert steps.done == ["make", "install", "make", "install"] and not (env / "left-over").exists()


def test_an_interrupted_install_is_redone(tmp_path):
    env, steps = tmp_path / "env", Steps()

    def broken(python):
        raise KeyboardInterrupt

    try:
        environments.ensure(env, "x", make=steps.make, install=broken)
    except KeyboardInterrupt:
        pass
    assert not (env / ".installed").exists()
    ensure(env, "x", steps)
    assert steps.done == ["make", "install"] and (env / ".installed").read_text() == "x"
