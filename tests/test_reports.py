"""Reading report files: formats, validation and every error path."""

import json

import pytest

from geo import InputError
from routes import read_reports

HEADER = "caravan,date,place,country,lat,lon,kind,count,source,url,note\n"


def test_reads_sample_with_parsed_columns(write_csv):
    path = write_csv(HEADER + "c1,2018-10-15,Esquipulas,GT,,,crossing,\"1,600-2,000\",AP,,\n")
    r = read_reports(path)
    row = r.iloc[0]
    assert (row.count_low, row.count_high, row.count_qualifier) == (1600, 2000, "range")
    assert row.date_precision == "day" and row.kind == "crossing" and row.row == 2
    assert r.crs.to_epsg() == 4326


def test_only_caravan_date_place_are_required_and_headers_ignore_case(write_csv):
    r = read_reports(write_csv("Caravan,DATE,Place\nc1,2018-10,Tapachula\n"))
    assert r.iloc[0].kind == "sighting" and r.iloc[0].date_precision == "month"


def test_a_draft_s_quote_column_is_kept_and_a_file_without_one_gets_none(write_csv):
    """``quote`` (the article's sentence of an extract draft) is kept as written, whatever its case in the header;
    the draft's other own columns (offsets, confidence) are not; a file without quotes has no such column."""
    r = read_reports(write_csv('caravan,date,place,Quote,start,confidence\nc1,2018-10-15,Esquipulas,'
                               '"Cruzaron por Esquipulas, dijo ""la policía"".",120,0.9\nc1,2018-10-16,Chiquimula,,,\n'))
    assert list(r["quote"]) == ['Cruzaron por Esquipulas, dijo "la policía".', ""]
    assert "start" not in r.columns and "confidence" not in r.columns
    assert "quote" not in read_reports(write_csv("caravan,date,place\nc1,2018-10,Tapachula\n")).columns


def test_lat_lon_instead_of_place(write_csv):
    r = read_reports(write_csv("caravan,date,lat,lon\nc1,2018-10-15,14.9,-92.26\n"))
    assert r.iloc[0].located_by == "given" and r.geometry.iloc[0].x == pytest.approx(-92.26)


def test_bom_and_semicolons(write_csv):
    r = read_reports(write_csv("\ufeffcaravan;date;place;count\nc1;2018-10-15;Tapachula;7.000\n"))
    assert r.iloc[0].count_low == 7000


def test_utf16_with_bom(write_csv):
    r = read_reports(write_csv("caravan,date,place\nc1,2018-10-15,Villa Comaltitlán\n", encoding="utf-16"))
    assert r.iloc[0].place == "Villa Comaltitlán"


def test_geojson_points(tmp_path):
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-92.26, 14.9]},
         "properties": {"caravan": "c1", "date": "2023-12-24", "place": "Tapachula", "count": "thousands"}}]}
    path = tmp_path / "r.geojson"
    path.write_text(json.dumps(doc))
    r = read_reports(path)
    assert r.iloc[0].lat == pytest.approx(14.9) and r.iloc[0].count_qualifier == "vague"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("", "the file is empty"),
        ("caravan,date,place\n", "has a header but no reports"),
        ("caravan,place\nc1,Tapachula\n", "row 1: missing required column(s): date"),
        ("caravan,date\nc1,2018-10-15\n", "missing required column(s): place (or lat and lon)"),
        ("caravan,date,plcae\nc1,2018-10-15,X\n", "unknown column 'plcae'"),
        ("caravan,date,place\nc1,2018-15-01,Tapachula\n", "row 2, column 'date': '2018-15-01' is not a real day"),
        ("caravan,date,place\nc1,15/10/2018,Tapachula\n", "row 2, column 'date': '15/10/2018' is not a date"),
        ("caravan,date,place,kind\nc1,2018-10-15,Tapachula,crosing\n",
         "row 2, column 'kind': unknown kind 'crosing': expected one of gathering"),
        ("caravan,date,place,lat,lon\nc1,2018-10-15,X,95,-92\n", "row 2, column 'lat': 95 is out of range"),
        ("caravan,date,place,lat,lon\nc1,2018-10-15,X,abc,-92\n", "row 2, column 'lat': 'abc' is not a number"),
        ("caravan,date,place,lat,lon\nc1,2018-10-15,X,14.9,\n", "row 2, column 'lon': empty while lat is given"),
        ("caravan,date,place,count\nc1,2018-10-15,X,lots\n", "row 2, column 'count': cannot read a group size"),
        ("caravan,date,place\n,2018-10-15,X\n", "row 2, column 'caravan': empty"),
        ("caravan,date,place\nc1,2018-10-15,\n", "row 2, column 'place': empty"),
    ],
)
def test_error_names_file_row_column(write_csv, text, expected):
    path = write_csv(text)
    with pytest.raises(InputError) as err:
        read_reports(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_unknown_column_suggests_the_right_one(write_csv):
    with pytest.raises(InputError) as err:
        read_reports(write_csv("caravan,date,plcae\nc1,2018-10-15,X\n"))
    assert "did you mean 'place'" in err.value.hint


def test_every_bad_row_is_listed(write_csv):
    text = "caravan,date,place\n" + "".join(f"c1,2018-13-{i:02d},X\n" for i in range(1, 4))
    with pytest.raises(InputError) as err:
        read_reports(write_csv(text))
    assert [p.where.row for p in err.value.problems] == [2, 3, 4]


def test_latin1_file_gets_an_encoding_hint(write_csv):
    path = write_csv("caravan,date,place\nc1,2018-10-15,Comaltitlán\n", encoding="latin-1")
    with pytest.raises(InputError, match="not UTF-8") as err:
        read_reports(path)
    assert "--encoding latin-1" in err.value.hint
    assert read_reports(path, encoding="latin-1").iloc[0].place == "Comaltitlán"


def test_missing_file():
    with pytest.raises(InputError, match="no such file"):
        read_reports("/nonexistent/reports.csv")


def test_future_dates_are_refused_unless_planned(write_csv):
    from datetime import date

    text = "caravan,date,place,kind\nc1,2024-05-02,Tapachula,sighting\nc1,2024-05-03,Huixtla,{kind}\n"
    with pytest.raises(InputError) as err:
        read_reports(write_csv(text.format(kind="arrival")), today=date(2024, 5, 2))
    assert err.value.message.endswith("row 3, column 'date': '2024-05-03' is after today (2024-05-02)")
    assert "kind 'planned'" in err.value.hint
    table = read_reports(write_csv(text.format(kind="planned")), today=date(2024, 5, 2))
    assert table["kind"].tolist() == ["sighting", "planned"]
    # a month or a range that has begun is not in the future
    assert len(read_reports(write_csv("caravan,date,place\nc1,2024-05,X\nc1,2024-04-30/2024-05-09,Y\n"),
                            today=date(2024, 5, 2))) == 2


def test_row_numbers_count_blank_lines_and_quoted_line_breaks(write_csv):
    text = 'caravan,date,place,note\nc1,2018-10-15,X,"two\nlines"\n\nc1,2018-10-16,Y,\nc1,2018-10-77,Z,\n'
    with pytest.raises(InputError) as err:
        read_reports(write_csv(text))
    assert err.value.where.row == 5
    good = read_reports(write_csv(text.replace("2018-10-77", "2018-10-17")))
    assert good["row"].tolist() == [2, 4, 5] and good["note"].iloc[0] == "two\nlines"


def test_slow_and_fast_csv_paths_agree(write_csv):
    fast = read_reports(write_csv("caravan,date,place,count\nc1,2018-10-15, X ,\"1,000\"\nc1,2018-10-16,Y,\n"))
    # a trailing empty field beyond the header sends the file through the careful reader
    slow = read_reports(write_csv("caravan,date,place,count\nc1,2018-10-15, X ,\"1,000\",\nc1,2018-10-16,Y,\n"))
    assert fast.drop(columns="geometry").equals(slow.drop(columns="geometry"))


def test_identical_rows_are_refused_with_both_row_numbers(write_csv):
    text = "caravan,date,place,source\nc1,2018-10-15,X,AP\nc1,2018-10-15,X,Reuters\nc1,2018-10-15,X,AP\n"
    with pytest.raises(InputError) as err:
        read_reports(write_csv(text))
    assert err.value.message.endswith("row 4: repeats row 2 exactly")


def test_swapped_coordinates_get_a_hint(write_csv):
    with pytest.raises(InputError) as err:
        read_reports(write_csv("caravan,date,lat,lon\nc1,2018-10-15,-92.26,14.9\n"))
    assert "are lat and lon swapped?" in err.value.hint
    with pytest.raises(InputError) as err:
        read_reports(write_csv("caravan,date,lat,lon\nc1,2018-10-15,95,-100\n"))
    assert "swapped" not in err.value.hint


def test_decimal_commas_in_coordinates(write_csv):
    r = read_reports(write_csv("caravan;date;lat;lon\nc1;2018-10-15;14,9;-92,26\nc1;2018-10-16;14.8;-92.1\n"))
    assert r["lat"].tolist() == [14.9, 14.8] and r["lon"].tolist() == [-92.26, -92.1]


def test_control_characters_are_refused_from_python_rows_and_geojson_too(tmp_path):
    """An escape sequence in a report would rewrite the terminal that prints it (query's tables, cat)."""
    import json

    from geo.errors import InputError
    from routes import read_reports, reports_from_rows

    row = {"caravan": "c1", "date": "2020-01-10", "place": "Tapachula", "lat": "14.9", "lon": "-92.26",
           "note": "tear gas\x1b[2J"}
    with pytest.raises(InputError) as caught:
        reports_from_rows([row], name="rows")
    assert "rows, row 1, column 'note': holds a control character (U+001B): expected plain text" in str(caught.value)
    path = tmp_path / "r.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-92.26, 14.9]},
         "properties": {"caravan": "c1", "date": "2020-01-10", "place": "Tapachula\u0007"}}]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"column 'place': holds a control character \(U\+0007\)"):
        read_reports(path)
    row["note"] = "two lines\nand a\ttab"  # line breaks and tabs are text
    assert reports_from_rows([row])["note"].iloc[0] == "two lines\nand a\ttab"
