"""`routemapper geocode` on the embedded gazetteer: names on stdin, progress, errors by line."""


def test_cli_user_agent_without_online_geocoder_is_refused(cli):
    result = cli("geocode", "Tapachula", "--user-agent", "x")
    assert result.exit_code == 2 and "only apply to an online geocoder" in result.stderr


def test_cli_stdin_names_unknown_ones_named_by_line(cli):
    result = cli("geocode", input="Tapachula\nQqqxxz Nowhere\n\nHuixtla\nZzzqq Void\n")
    assert result.exit_code == 2
    assert "routemapper: error: <stdin>, row 2: unknown place 'Qqqxxz Nowhere'" in result.stderr
    assert "<stdin>, row 5: unknown place 'Zzzqq Void'" in result.stderr  # the blank line counts
    # What to do next fits the command: not "give lat and lon", the very thing asked for.
    assert "--geocoder nominatim" in result.stderr and "lat and lon" not in result.stderr
    assert result.stdout == ""


def test_cli_stdin_progress_bar_on_a_terminal(cli, monkeypatch):
    import maps.cli

    names = ["Tapachula", "Huixtla", "Esquipulas", "Chiquimula", "Arriaga"] * 5
    piped = cli("geocode", "--format", "csv", input="\n".join(names) + "\n")
    assert piped.exit_code == 0 and "geocoding" not in piped.stderr  # not a terminal: no bar
    monkeypatch.setattr(maps.cli, "_stderr_is_terminal", lambda: True)
    result = cli("geocode", "--format", "csv", input="\n".join(names) + "\n")
    assert result.exit_code == 0
    assert "geocoding" in result.stderr
    assert result.stdout == piped.stdout and len(result.stdout.splitlines()) == 1 + len(names)
