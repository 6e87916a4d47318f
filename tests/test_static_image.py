"""The PNG map: size, content, colours, literal text, and failure paths through the command line."""

import io
import os

import numpy as np
import pytest

from conftest import ROOT, SAMPLES

from maps.scales import PALETTE


def _pixels(data: bytes) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)


def _near(pixels: np.ndarray, color: str, tolerance: int = 30) -> int:
    rgb = np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels - rgb).sum(axis=-1) <= tolerance).sum())


@pytest.fixture(scope="module")
def all_png(sample_routes, tmp_path_factory):
    from maps.static_image import render_png

    path = render_png(sample_routes, tmp_path_factory.mktemp("png") / "all.png", title="Migrant caravans",
                      subtitle="three caravans")
    shots = ROOT / ".cache" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    (shots / "static-all-1200x800.png").write_bytes(path.read_bytes())
    return path


def test_png_has_the_requested_size_and_is_not_blank(all_png):
    from PIL import Image

    image = Image.open(all_png)
    assert image.format == "PNG" and image.size == (1200, 800)
    pixels = _pixels(all_png.read_bytes())
    assert pixels.std() > 20
    assert (pixels.sum(axis=-1) < 200).sum() > 2000  # dark text and rims, not a flat picture


def test_png_shows_each_caravan_in_its_colour(all_png):
    pixels = _pixels(all_png.read_bytes())
    map_part = pixels[60:760, 40:920]  # the map, left of the legend panel
    for color in PALETTE[:3]:
        assert _near(map_part, color, 60) > 150, color
    assert _near(pixels, PALETTE[3], 20) == 0  # a fourth colour has no caravan


def test_png_background_is_land_and_sea(sample_routes):
    from maps.static_image import LAND, SEA, png_bytes

    pixels = _pixels(png_bytes(sample_routes.caravan("2018-10-honduras")))
    map_part = pixels[60:760, 40:920]
    assert _near(map_part, LAND, 8) > 0.3 * map_part[..., 0].size
    assert _near(map_part, SEA, 8) > 0.1 * map_part[..., 0].size


def test_one_caravan_uses_the_first_colour_only(sample_routes):
    from maps.static_image import png_bytes

    pixels = _pixels(png_bytes(sample_routes.caravan("2023-12-tapachula"), size=(800, 500)))
    assert pixels.shape[:2] == (500, 800)
    assert _near(pixels, PALETTE[0], 30) > 200
    assert _near(pixels, PALETTE[1], 30) == 0 and _near(pixels, PALETTE[2], 30) == 0


def test_size_is_in_pixels_whatever_the_dpi(sample_routes):
    from maps.static_image import png_bytes

    low = _pixels(png_bytes(sample_routes.caravan("2018-10-honduras"), size=(600, 400), dpi=50))
    high = _pixels(png_bytes(sample_routes.caravan("2018-10-honduras"), size=(1200, 800), dpi=100))
    assert low.shape[:2] == (400, 600) and high.shape[:2] == (800, 1200)
    # same layout, twice the resolution: the halved big picture is close to the small one
    halved = high.reshape(400, 2, 600, 2, 3).mean(axis=(1, 3))
    assert np.abs(halved - low).mean() < 12


def test_titles_are_drawn_literally_not_as_mathtext(sample_routes):
    from maps.static_image import png_bytes

    # with mathtext these would raise ("Unknown symbol", unbalanced $); drawn as text they are fine
    data = png_bytes(sample_routes.caravan("2018-10-honduras"), title=r"Costs $\nocommand{x}$ and 50$",
                     subtitle="^_{}$", credits=r"Sources: $\frac{1}", size=(600, 400))
    assert data.startswith(b"\x89PNG")
    # letters the font lacks (CJK, emoji) are drawn as boxes, not an error; they also go in the PNG's Title
    data = png_bytes(sample_routes.caravan("2018-10-honduras"), title="Caravana 移民 🚶 «ñ» </script>",
                     size=(600, 400))
    assert data.startswith(b"\x89PNG")


@pytest.mark.parametrize("size, message", [
    ((100, 800), "PNG size 100x800 is out of range"),
    (("wide", 800), "PNG size ('wide', 800) is not two whole numbers"),
])
def test_bad_sizes_are_refused(sample_routes, tmp_path, size, message):
    from geo.errors import InputError
    from maps.static_image import render_png

    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        render_png(sample_routes, tmp_path / "x.png", size=size)
    assert list(tmp_path.iterdir()) == []


def test_cli_build_png_only(cli, tmp_path):
    out = tmp_path / "card.png"
    result = cli("build", str(SAMPLES[0]), "--png", str(out), "--png-size", "1200x630", "--title", "A $5 caravan")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines() == [str(out)]
    from PIL import Image

    assert Image.open(out).size == (1200, 630)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.png"]


def test_cli_build_html_and_png(cli, tmp_path):
    html, png = tmp_path / "map.html", tmp_path / "map.png"
    result = cli("build", *map(str, SAMPLES), "-o", str(html), "--png", str(png))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines() == [str(html), str(png)]
    assert html.stat().st_size > 0 and png.read_bytes().startswith(b"\x89PNG")


def test_cli_build_needs_an_output(cli):
    result = cli("build", str(SAMPLES[0]))
    assert result.exit_code == 2
    assert "give -o map.html, --png map.png, or both" in result.output


def test_cli_bad_png_size_exit_2_and_keeps_the_previous_file(cli, tmp_path):
    out = tmp_path / "card.png"
    out.write_bytes(b"previous")
    result = cli("build", str(SAMPLES[0]), "--png", str(out), "--png-size", "1200by630")
    assert result.exit_code == 2
    assert "routemapper: error: --png-size '1200by630' is not WIDTHxHEIGHT" in result.stderr
    assert "hint: e.g. --png-size 1200x630" in result.stderr
    assert out.read_bytes() == b"previous"


def test_cli_unwritable_png_exit_2_no_partial_file(cli, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    target = blocker / "map.png"
    result = cli("build", str(SAMPLES[0]), "--png", str(target))
    assert result.exit_code == 2
    assert f"routemapper: error: {target}: cannot write here ({blocker} is a file, not a folder)" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_cli_read_only_folder_exit_2(cli, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = cli("build", str(SAMPLES[0]), "--png", str(folder / "map.png"))
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2
    assert "cannot write here" in result.stderr
    assert list(folder.iterdir()) == []


def test_demo_png(cli, tmp_path):
    result = cli("demo", "-o", str(tmp_path), "--png")
    assert result.exit_code == 0, result.output
    pngs = sorted(p.name for p in tmp_path.glob("*.png"))
    assert pngs == ["2018-10-honduras.png", "2021-01-honduras.png", "2023-12-tapachula.png", "all-caravans.png"]


@pytest.mark.parametrize("dpi, size", [(100, (1200, 800)), (200, (2400, 1600))])
def test_circle_sizes_follow_the_html_scale(write_csv, dpi, size):
    """10,000 people: radius 30 px (the HTML's largest); 2,500: 15 px (area follows the count)."""
    from maps.static_image import LAND, png_bytes
    from routes import build_routes, read_reports

    path = write_csv("caravan,date,place,country,kind,count,source\n"
                     "big,2020-01-10,Tapachula,MX,sighting,\"10,000\",test\n"
                     "small,2020-01-10,San Pedro Sula,HN,sighting,\"2,500\",test\n")
    pixels = _pixels(png_bytes(build_routes(read_reports(path)), size=size, dpi=dpi)).astype(float)
    land = np.array([int(LAND[i:i + 2], 16) for i in (1, 3, 5)])
    scale = dpi / 100
    for color, radius in ((PALETTE[0], 30), (PALETTE[1], 15)):
        core = 0.7 * np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)]) + 0.3 * land  # 70% fill over land
        inside = (np.abs(pixels - core).sum(axis=-1) <= 12).sum()
        measured = np.sqrt(inside / np.pi) / scale
        assert radius - 2.5 < measured < radius + 0.5, (color, measured)


def test_legend_references_are_the_html_maps(sample_routes):
    import json
    import re

    from maps import render_map
    from maps.static_image import scales_for

    html = render_map(sample_routes).get_root().render()
    size_refs = json.loads(re.search(r'"sizeRefs":(\[.*?\])', html).group(1))
    width_refs = json.loads(re.search(r'"widthRefs":(\[.*?\])', html).group(1))
    sizes, widths = scales_for(sample_routes)
    assert sizes.references() == size_refs and widths.references() == width_refs


def test_a_long_title_is_fitted_inside_the_picture(sample_routes):
    from maps.static_image import png_bytes

    pixels = _pixels(png_bytes(sample_routes.caravan("2023-12-tapachula"), size=(600, 400),
                               title="A title far too long for a small card " * 4, subtitle="and a subtitle " * 8))
    header_right_edge = pixels[:50, -8:]
    assert (header_right_edge == 255).all()
    assert (pixels[:40, :300].sum(axis=-1) < 200).sum() > 100  # the title is there, in dark ink


# -- words, numbers and dates from the catalogue; area-level reports as badges ------------------------------
def picture_texts(fig) -> list[str]:
    import matplotlib.text

    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text() and t.get_visible()]


@pytest.fixture(scope="module")
def jan21(sample_routes):
    return sample_routes.caravan("2021-01-honduras")


@pytest.mark.parametrize("lang, expected", [
    ("en", ["Caravans", "Reported group size", "Route width: group size", "Symbols", "clash", "turned back",
            "planned", "country or region only", "5,000", "90°W", "15°N", "50 km", "El Florido, 19 Jan",
            "Vado Hondo, 16–17 Jan", "somewhere in Guatemala, 15 Jan\n7,000–8,000 people",
            "somewhere in the Guatemala-Mexico border area, 22 Jan\nabout 3,000 people"]),
    ("es", ["Caravanas", "Tamaño del grupo reportado", "Ancho de la ruta: tamaño del grupo", "Símbolos",
            "enfrentamiento", "regreso", "prevista", "solo país o región", "5.000", "90°O", "15°N", "50 km",
            "El Florido, 19 ene", "Vado Hondo, 16–17 ene", "en algún lugar de Guatemala, 15 ene\n7.000–8.000 personas",
            "en algún lugar de la frontera Guatemala-México, 22 ene\nunas 3.000 personas"]),
])
def test_every_word_number_and_date_is_in_the_pictures_language(jan21, lang, expected):
    from maps.static_image import figure

    texts = picture_texts(figure(jan21, title="Enero de 2021", lang=lang))
    missing = [e for e in expected if e not in texts]
    assert missing == [], texts
    credits = [t for t in texts if "Natural Earth" in t]
    assert credits and credits[0].startswith("Fuentes: " if lang == "es" else "Sources: ")
    assert credits[0].endswith("Contornos: Natural Earth." if lang == "es" else "Outlines: Natural Earth.")


def test_area_level_reports_are_badges_not_arcs(jan21):
    from matplotlib.patches import Circle, FancyBboxPatch, PathPatch

    from maps.static_image import figure

    fig = figure(jan21)
    map_ax = fig.axes[0]
    # the region report used to draw a dashed circle of its 480 km precision, the country one its outline
    assert [p for p in map_ax.patches if isinstance(p, (Circle, PathPatch))] == []
    badges = [t for t in map_ax.texts if t.get_text().startswith("somewhere in")]
    assert len(badges) == 2
    for badge in badges:
        box = badge.get_bbox_patch()
        assert isinstance(box, FancyBboxPatch) and box.get_linestyle() != "solid"
        assert box.get_edgecolor()[:3] == pytest.approx((0.0, 0x72 / 255, 0xB2 / 255))  # the caravan's colour


def test_cli_build_png_in_spanish(cli, tmp_path):
    from conftest import SAMPLES

    out = tmp_path / "tarjeta.png"
    result = cli("build", str(next(p for p in SAMPLES if "2021-01" in p.name)), "--png", str(out), "--lang", "es")
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- stop names keep off the legs and the circles, close stops share one label --------------------------------
# A route of eleven stops along the Pacific coast, written for this test (places the picture was not tuned on):
# Tecún Umán and Ciudad Hidalgo face each other across the Suchiate (1.3 km), La Hachadura and Ciudad Pedro de
# Alvarado across the Paz.
COAST = """caravan,date,place,country,kind,count
c,2019-01-16,San Salvador,SV,departure,about 350
c,2019-01-17,Santa Ana,SV,sighting,400-500
c,2019-01-18,La Hachadura,SV,crossing,~500
c,2019-01-18,Ciudad Pedro de Alvarado,GT,checkpoint,
c,2019-01-19,Escuintla,GT,sighting,600
c,2019-01-20,Mazatenango,GT,sighting,cerca de 700
c,2019-01-21,Retalhuleu,GT,sighting,700
c,2019-01-22,Tecún Umán,GT,crossing,800
c,2019-01-22,Ciudad Hidalgo,MX,clash,about 200 more
c,2019-01-23,Tapachula,MX,arrival,"1,000"
c,2019-01-25,Huixtla,MX,sighting,900
c,2019-01-27,Pijijiapan,MX,returned,150
"""


def _boxes_and_legs(fig):
    """The stop labels' boxes and the legs' centre lines, both in display pixels, as drawn."""
    import shapely
    from matplotlib.collections import LineCollection

    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    labels = {t.get_text(): t.get_window_extent(renderer) for t in ax.texts
              if t.get_fontweight() == "bold" and t.get_text()}
    legs = [shapely.linestrings(ax.transData.transform(seg)) for c in ax.collections
            if isinstance(c, LineCollection) for seg in c.get_segments()]
    return labels, legs


@pytest.mark.parametrize("lang, shared, alone", [
    ("en", "Tecún Umán, 22 Jan\nCiudad Hidalgo, 22 Jan",
     ["San Salvador, 16 Jan", "Santa Ana, 17 Jan", "Escuintla, 19 Jan", "Mazatenango, 20 Jan",
      "Retalhuleu, 21 Jan", "Tapachula, 23 Jan", "Huixtla, 25 Jan", "Pijijiapan, 27 Jan"]),
    ("es", "Tecún Umán, 22 ene\nCiudad Hidalgo, 22 ene",
     ["San Salvador, 16 ene", "Santa Ana, 17 ene", "Escuintla, 19 ene", "Mazatenango, 20 ene",
      "Retalhuleu, 21 ene", "Tapachula, 23 ene", "Huixtla, 25 ene", "Pijijiapan, 27 ene"]),
])
def test_stop_names_keep_off_the_legs_and_close_stops_share_a_label(write_csv, lang, shared, alone):
    import shapely

    from maps.static_image import figure
    from routes import build_routes, read_reports

    fig = figure(build_routes(read_reports(write_csv(COAST))), lang=lang)
    labels, legs = _boxes_and_legs(fig)
    assert shared in labels  # one label, a line each, for the two towns across the river
    assert [t for t in labels if "Ciudad Hidalgo" in t or "Tecún Umán" in t] == [shared]
    missing = [t for t in alone if t not in labels]
    assert missing == [], list(labels)
    assert len(legs) == 10
    crossing = [text for text, b in labels.items()
                if any(shapely.intersects(shapely.box(b.x0, b.y0, b.x1, b.y1), leg) for leg in legs)]
    assert crossing == []
    boxes = list(labels.values())
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_text_of_the_picture_lies_inside_it(write_csv, lang):
    """'Ancho de la ruta: tamaño del grupo' ran 1 px past the legend's edge, to the picture's."""
    from maps.static_image import figure
    from routes import build_routes, read_reports

    fig = figure(build_routes(read_reports(write_csv(COAST))), lang=lang)
    renderer = fig.canvas.get_renderer()
    outside = []
    for ax in fig.axes:  # the map's names inside the map, the legend's words inside the legend's panel
        box = ax.get_window_extent(renderer)
        outside += [(t.get_text(), b.x0, b.x1) for t in ax.texts if t.get_text()
                    for b in [t.get_window_extent(renderer)]
                    if b.x0 < box.x0 or b.x1 > box.x1 or b.y0 < box.y0 or b.y1 > box.y1]
    assert outside == []
    assert all(0 <= t.get_window_extent(renderer).x1 <= fig.bbox.width for t in fig.texts)


def test_a_town_two_caravans_passed_gives_each_caravans_days(sample_routes):
    """San Pedro Sula was labelled '12 Oct 2018 – 15 Jan 2021', as if the caravans had stayed there 27 months."""
    from maps.static_image import figure

    texts = picture_texts(figure(sample_routes))
    shown = "\n".join(texts)
    assert "San Pedro Sula, 12–13 Oct 2018; 15 Jan 2021" in shown  # the 2018 caravan's days, then the 2021 one's
    assert "Tapachula, 18 Oct 2018; 24 Dec 2023" in shown
    assert "2018 – " not in shown and "2021 – " not in shown


@pytest.mark.parametrize("lang, names", [
    ("en", ["Honduras caravan, October 2018", "Honduras caravan, January 2021", "Tapachula caravan, December 2023"]),
    ("es", ["Caravana de Honduras, octubre de 2018", "Caravana de Honduras, enero de 2021",
            "Caravana de Tapachula, diciembre de 2023"]),
])
def test_the_legend_names_caravans_as_the_page_does(sample_routes, lang, names):
    """The legend showed the raw ids (2018-10-honduras) while the page's header and legend show a name."""
    from maps.static_image import figure

    texts = picture_texts(figure(sample_routes, lang=lang))
    assert [t for t in texts if t in names] == names
    one = picture_texts(figure(sample_routes.caravan("2018-10-honduras"), lang=lang))
    assert one.count(names[0]) == 2  # the title (none given) and the legend
    given = picture_texts(figure(sample_routes.caravan("2018-10-honduras"), title="Octubre",
                                 caravan_names={"2018-10-honduras": "La primera caravana"}, lang=lang))
    assert "Octubre" in given and "La primera caravana" in given and names[0] not in given


def test_an_area_badge_names_the_area_as_the_gazetteer_does(tmp_path):
    """'GUATEMALA' (a dateline's capitals) and 'departamento de Chiquimula' (with its level word), as an
    extracted draft writes them, are badges for Guatemala and Chiquimula, as on the page."""
    from conftest import AREAS_AS_WRITTEN
    from maps.static_image import figure
    from routes import build_routes, read_reports

    reports = tmp_path / "reports.csv"
    reports.write_text(AREAS_AS_WRITTEN, encoding="utf-8")
    texts = picture_texts(figure(build_routes(read_reports(reports))))
    badges = sorted(t for t in texts if t.startswith("somewhere in"))
    assert badges == ["somewhere in Chiquimula, 16 Jan", "somewhere in Guatemala, 15 Jan\n7,000–8,000 people"]
