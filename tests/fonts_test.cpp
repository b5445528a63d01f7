#include <doctest/doctest.h>
#include <harfbuzz/hb.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "fonts/coverage.h"
#include "fonts/font_cache.h"
#include "font_collection.h"
#include "fonts/font.h"
#include "fonts/font_set.h"
#include "fonts/locate_fonts.h"

using careerguide::fonts::Font;
using careerguide::fonts::FontError;
using careerguide::fonts::FontFiles;
using careerguide::fonts::FontMeasurer;
using careerguide::typeface::FontFile;
using careerguide::fonts::FontSet;
using careerguide::fonts::locate_fonts;
using careerguide::text::FontFace;
namespace fs = std::filesystem;

using careerguide::testing::make_collection;

namespace {

const std::string kSystemDir = "/usr/share/fonts/truetype/lxgw-wenkai/";
const std::string kRegular = kSystemDir + "LXGWWenKai-Regular.ttf";
const std::string kBold = kSystemDir + "LXGWWenKai-Bold.ttf";
const std::string kDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// A fresh, empty directory for one test, removed at the end of the test.
class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("careerguide-fonts-test-" + std::to_string(getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }
  std::string write(const std::string& name, const std::vector<std::uint8_t>& bytes) const {
    const fs::path file = path_ / name;
    std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }

 private:
  fs::path path_;
};

std::vector<std::uint8_t> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string load_error(const FontFile& request) {
  try {
    Font::load(request);
  } catch (const FontError& error) {
    return error.what();
  }
  return "(no error)";
}

/// The code points of the font file `path` as HarfBuzz reads its cmap.
std::vector<char32_t> cmap_of(const std::string& path) {
  hb_blob_t* blob = hb_blob_create_from_file(path.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_set_t* set = hb_set_create();
  hb_face_collect_unicodes(face, set);
  std::vector<char32_t> result;
  for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(set, &cp);) result.push_back(cp);
  hb_set_destroy(set);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return result;
}

/// True when the font file `path` has a table named `tag`.
bool has_table(const std::string& path, const char* tag) {
  hb_blob_t* blob = hb_blob_create_from_file(path.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_t* table = hb_face_reference_table(face, hb_tag_from_string(tag, 4));
  const bool present = hb_blob_get_length(table) > 0;
  hb_blob_destroy(table);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return present;
}

careerguide::fonts::SystemFaces no_system_fonts() { return {}; }

}  // namespace

TEST_CASE("locate_fonts: finds LXGW WenKai Regular and Bold through fontconfig") {
  const TempDir empty;
  const FontFiles files = locate_fonts({}, {}, {}, empty.path());
  CHECK(files.regular == FontFile{kRegular, 0});
  CHECK(files.bold == FontFile{kBold, 0});
  CHECK_FALSE(files.fallback.has_value());
}

TEST_CASE("locate_fonts: the project's fonts folder comes before the system") {
  const TempDir project;
  fs::create_symlink(kRegular, project.path() / "LXGWWenKai-Regular.ttf");
  fs::create_symlink(kBold, project.path() / "LXGWWenKai-Bold.ttf");
  const FontFiles files = locate_fonts({}, {}, {}, project.path());
  CHECK(files.regular.file == (project.path() / "LXGWWenKai-Regular.ttf").string());
  CHECK(files.bold.file == (project.path() / "LXGWWenKai-Bold.ttf").string());
}

TEST_CASE("locate_fonts: configured files win, as written, each face on its own") {
  const TempDir project;
  fs::create_symlink(kBold, project.path() / "LXGWWenKai-Bold.ttf");
  const FontFiles files =
      locate_fonts({"data/my.ttc", 2}, {}, {"data/fallback.ttf", 0}, project.path(), no_system_fonts);
  CHECK(files.regular == FontFile{"data/my.ttc", 2});
  CHECK(files.bold.file == (project.path() / "LXGWWenKai-Bold.ttf").string());
  REQUIRE(files.fallback.has_value());
  CHECK(*files.fallback == FontFile{"data/fallback.ttf", 0});
}

TEST_CASE("locate_fonts: asks the system once, and only for a face not found before") {
  const TempDir project;
  int lookups = 0;
  const careerguide::fonts::SystemFontLookup counting = [&] {
    ++lookups;
    return careerguide::fonts::SystemFaces{FontFile{"sys-regular.ttf", 0}, FontFile{"sys-bold.ttf", 0}};
  };
  const FontFiles both = locate_fonts({}, {}, {}, project.path(), counting);
  CHECK(both.regular.file == "sys-regular.ttf");
  CHECK(both.bold.file == "sys-bold.ttf");
  CHECK(lookups == 1);
  locate_fonts({"mine.ttf", 0}, {"mine-bold.ttf", 0}, {}, project.path(), counting);
  CHECK(lookups == 1);
}

TEST_CASE("locate_fonts: a missing font names every place tried and the fixes") {
  CHECK_THROWS_WITH_AS(
      locate_fonts({}, {}, {}, "fonts", no_system_fonts),
      "font not found: LXGW WenKai Regular (tried theme.fonts.regular in the data: not set; "
      "fonts/LXGWWenKai-Regular.ttf: no such file; fontconfig: no \"LXGW WenKai\" Regular installed). "
      "Install the Debian package fonts-lxgw-wenkai, copy LXGWWenKai-Regular.ttf into fonts, "
      "or set theme.fonts.regular to a TrueType file",
      FontError);
}

TEST_CASE("Font::load: a missing file is named") {
  CHECK(load_error({"fonts/nope.ttf", 0}) == "failed to load font fonts/nope.ttf (no such file)");
}

TEST_CASE("Font::load: a directory is not a font file") {
  const TempDir dir;
  CHECK(load_error({dir.path().string(), 0}) ==
        "failed to load font " + dir.path().string() + " (not a regular file)");
}

TEST_CASE("Font::load: web fonts are refused with the way out") {
  const TempDir dir;
  const std::string woff = dir.write("font.woff2", {'w', 'O', 'F', '2', 0, 1, 0, 0, 0, 0, 0, 0});
  CHECK(load_error({woff, 0}) == "failed to load font " + woff + " (WOFF web font; convert it to .ttf)");
}

TEST_CASE("Font::load: a font without the Windows Unicode cmap libharu reads is refused") {
  const TempDir dir;
  std::vector<std::uint8_t> bytes = read_file(kRegular);
  // Renames the cmap table, as if the font had none.
  const std::size_t tables = (std::size_t{bytes[4]} << 8) | bytes[5];
  for (std::size_t t = 0; t < tables; ++t) {
    const std::size_t record = 12 + 16 * t;
    if (std::string(bytes.begin() + static_cast<std::ptrdiff_t>(record),
                    bytes.begin() + static_cast<std::ptrdiff_t>(record + 4)) == "cmap") {
      bytes[record] = 'x';
    }
  }
  const std::string path = dir.write("nocmap.ttf", bytes);
  CHECK(load_error({path, 0}) == "failed to load font " + path + " (no 'cmap' table)");
}

TEST_CASE("Font::load: a text file is not a TrueType font") {
  const TempDir dir;
  const std::string text = dir.write("notes.ttf", {'h', 'e', 'l', 'l', 'o', ' ', 'f', 'o', 'n', 't', '\n'});
  CHECK(load_error({text, 0}) == "failed to load font " + text + " (not a TrueType font)");
}

TEST_CASE("Font::load: a truncated file names the table that runs past the end") {
  const TempDir dir;
  std::vector<std::uint8_t> bytes = read_file(kRegular);
  bytes.resize(100000);
  const std::string cut = dir.write("cut.ttf", bytes);
  CHECK(load_error({cut, 0}) ==
        "failed to load font " + cut + " (truncated file: table 'BASE' ends past the end)");
}

TEST_CASE("Font::load: CFF-flavoured OpenType is refused with the reason") {
  const TempDir dir;
  const std::string otf = dir.write("cff.otf", {'O', 'T', 'T', 'O', 0, 0, 0, 0, 0, 0, 0, 0});
  CHECK(load_error({otf, 0}) ==
        "failed to load font " + otf + " (CFF-based OpenType; libharu needs TrueType outlines)");
}

TEST_CASE("Font::load: a face index outside the collection is refused") {
  const TempDir dir;
  const auto regular = Font::load({kRegular, 0});
  const auto bold = Font::load({kBold, 0});
  const std::string ttc = dir.write("pair.ttc", make_collection({regular->subset({U'中'}), bold->subset({U'文'})}));
  CHECK(load_error({ttc, 2}) ==
        "failed to load font " + ttc + " (face index 2 out of range; the collection has 2 faces (0 to 1))");
  CHECK(load_error({kRegular, 1}) ==
        "failed to load font " + kRegular + " (face index 1 given, but the file is not a .ttc collection)");
}

TEST_CASE("Font::load: each face of a .ttc collection is read by its index") {
  const TempDir dir;
  const auto regular = Font::load({kRegular, 0});
  const auto bold = Font::load({kBold, 0});
  const std::string ttc = dir.write("pair.ttc", make_collection({regular->subset({U'中'}), bold->subset({U'文'})}));
  const auto first = Font::load({ttc, 0});
  const auto second = Font::load({ttc, 1});
  CHECK(first->has_glyph(U'中'));
  CHECK_FALSE(first->has_glyph(U'文'));
  CHECK(second->has_glyph(U'文'));
  CHECK_FALSE(second->has_glyph(U'中'));
  CHECK(second->index() == 1);
  CHECK(second->path() == ttc);
}

TEST_CASE("Font::advance_milli_em: equals libharu's widths for a 1000-unit em") {
  // Reference values printed by libharu 2.3.0's HPDF_Font_GetUnicodeWidth.
  const auto font = Font::load({kRegular, 0});
  CHECK(font->advance_milli_em(U'中') == 1000);
  CHECK(font->advance_milli_em(U'，') == 1000);
  CHECK(font->advance_milli_em(U'A') == 690);
  CHECK(font->advance_milli_em(U'a') == 575);
  CHECK(font->advance_milli_em(U' ') == 350);
  CHECK(font->advance_milli_em(U'i') == 263);
  CHECK(font->advance_milli_em(U'$') == 600);
  CHECK(font->advance_milli_em(U'\u0E01') == 1000);  // missing: the .notdef advance
}

TEST_CASE("Font::advance_milli_em: truncates like libharu for a 2048-unit em") {
  // DejaVu Sans: 'a' is 1255 units = 612.79 milli-em, which libharu writes as 612.
  const auto font = Font::load({kDejaVu, 0});
  CHECK(font->advance_milli_em(U'a') == 612);
  CHECK(font->advance_milli_em(U'A') == 684);
  CHECK(font->advance_milli_em(U'W') == 988);
  CHECK(font->advance_milli_em(U'i') == 277);
  CHECK(font->advance_milli_em(U' ') == 317);
  CHECK(font->advance_milli_em(U'中') == 600);  // missing: the .notdef advance
}

TEST_CASE("Font::has_glyph: tells covered characters from missing ones") {
  const auto font = Font::load({kRegular, 0});
  CHECK(font->has_glyph(U'中'));
  CHECK(font->has_glyph(U'€'));
  CHECK(font->has_glyph(U'\U00020027'));  // an Extension B ideograph LXGW has
  CHECK_FALSE(font->has_glyph(U'\u3400'));
  CHECK_FALSE(font->has_glyph(U'\u0E01'));
  CHECK_FALSE(font->has_glyph(U'\U0001F600'));
}

TEST_CASE("Font: the BMP table, filled on demand by two threads at once, agrees with HarfBuzz everywhere") {
  const auto font = Font::load({kRegular, 0});
  constexpr char32_t kBmp = 0x10000;
  // Each thread walks the whole BMP, in opposite directions, so that either
  // may be the one to fill a block.
  std::vector<int> up_advance(kBmp), down_advance(kBmp);
  std::vector<char> up_covered(kBmp), down_covered(kBmp);
  std::thread up([&] {
    for (char32_t cp = 0; cp < kBmp; ++cp) {
      up_covered[cp] = font->has_glyph(cp);
      up_advance[cp] = font->advance_milli_em(cp);
    }
  });
  for (char32_t cp = kBmp; cp-- > 0;) {
    down_advance[cp] = font->advance_milli_em(cp);
    down_covered[cp] = font->has_glyph(cp);
  }
  up.join();

  hb_blob_t* blob = hb_blob_create_from_file(kRegular.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* hb_font = hb_font_create(face);
  const unsigned int upem = hb_face_get_upem(face);
  hb_font_set_scale(hb_font, static_cast<int>(upem), static_cast<int>(upem));
  const auto milli_em = [&](hb_codepoint_t gid) {
    return static_cast<int>(static_cast<unsigned int>(hb_font_get_glyph_h_advance(hb_font, gid)) * 1000U / upem);
  };
  int wrong = 0;
  for (char32_t cp = 0; cp < kBmp; ++cp) {
    hb_codepoint_t gid = 0;
    const bool covered = hb_font_get_nominal_glyph(hb_font, cp, &gid) && gid != 0;
    const int advance = milli_em(covered ? gid : 0);
    if (up_covered[cp] != covered || down_covered[cp] != covered || up_advance[cp] != advance ||
        down_advance[cp] != advance)
      ++wrong;
  }
  hb_font_destroy(hb_font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  CHECK(wrong == 0);
}

TEST_CASE("Font::subset: holds exactly the requested code points, with the same widths") {
  const TempDir dir;
  const auto font = Font::load({kRegular, 0});
  const std::vector<char32_t> wanted = {U' ', U'$', U'1', U'A', U'a', U'中', U'文', U'，'};
  const std::string path = dir.write("subset.ttf", font->subset(wanted));
  CHECK(cmap_of(path) == wanted);
  const auto subset = Font::load({path, 0});
  for (char32_t cp : wanted) CHECK(subset->advance_milli_em(cp) == font->advance_milli_em(cp));
  CHECK(fs::file_size(path) < 20000);
  CHECK_FALSE(has_table(path, "GSUB"));
  CHECK_FALSE(has_table(path, "GPOS"));
  CHECK(has_table(path, "glyf"));
}

TEST_CASE("Font::subset: code points the font lacks are left out") {
  const TempDir dir;
  const auto font = Font::load({kRegular, 0});
  const std::string path = dir.write("subset.ttf", font->subset({U'中', U'\u3400'}));
  CHECK(cmap_of(path) == std::vector<char32_t>{U'中'});
}

TEST_CASE("FontMeasurer: widths are milli-em advances times the size") {
  const FontMeasurer measurer(FontSet::load({{kRegular, 0}, {kBold, 0}, std::nullopt}));
  CHECK(measurer.advance(U'中', FontFace::kRegular, 10.5) == doctest::Approx(10.5));
  CHECK(measurer.advance(U'A', FontFace::kBold, 10) == doctest::Approx(6.9));
  CHECK(measurer.advance(U'i', FontFace::kRegular, 12) == doctest::Approx(3.156));
  CHECK(measurer.width("中文Ai", FontFace::kRegular, 10) == doctest::Approx(20 + 6.9 + 2.63));
}

TEST_CASE("FontMeasurer: characters outside the BMP measure as the space libharu draws") {
  const FontMeasurer measurer(FontSet::load({{kRegular, 0}, {kBold, 0}, std::nullopt}));
  CHECK(measurer.advance(U'\U0001F600', FontFace::kRegular, 10) == doctest::Approx(3.5));
  CHECK(measurer.advance(U'\U00020027', FontFace::kRegular, 10) == doctest::Approx(3.5));
}

TEST_CASE("FontMeasurer::font_spans: cuts text where the drawing font changes, by the drawn code point") {
  const FontSet fonts = FontSet::load({{kRegular, 0}, {kBold, 0}, FontFile{kDejaVu, 0}});
  const FontMeasurer measurer(fonts);
  using careerguide::typeface::FontSlot;
  using careerguide::typeface::SlotSpan;
  // 棋 (3 bytes) in the face; ♔ (3) from the fallback; 王, the emoji (drawn
  // as a space, which the face has: 4 bytes) and ! in the face again.
  CHECK(measurer.font_spans("棋\u2654王\U0001F600!", FontFace::kRegular) ==
        std::vector<SlotSpan>{{3, FontSlot::kFace}, {3, FontSlot::kFallback}, {8, FontSlot::kFace}});
  CHECK(measurer.font_spans("", FontFace::kBold).empty());
  CHECK(fonts.slot_for(U'\u2654', FontFace::kBold) == FontSlot::kFallback);
  CHECK(&fonts.font(FontSlot::kFallback, FontFace::kBold) == fonts.fallback.get());
  const FontSet without = FontSet::load({{kRegular, 0}, {kBold, 0}, std::nullopt});
  CHECK(without.slot_for(U'\u2654', FontFace::kBold) == FontSlot::kFace);
  CHECK(&without.font(FontSlot::kFallback, FontFace::kBold) == without.bold.get());
}

TEST_CASE("FontMeasurer: a character the face lacks is measured in the fallback font") {
  const FontSet fonts = FontSet::load({{kRegular, 0}, {kBold, 0}, FontFile{kDejaVu, 0}});
  const FontMeasurer measurer(fonts);
  CHECK(&fonts.font_for(U'\u2654', FontFace::kBold) == fonts.fallback.get());
  CHECK(&fonts.font_for(U'中', FontFace::kBold) == fonts.bold.get());
  CHECK(&fonts.font_for(U'\u3400', FontFace::kRegular) == fonts.regular.get());  // in neither font
  CHECK(measurer.advance(U'\u2654', FontFace::kRegular, 10) ==
        doctest::Approx(fonts.fallback->advance_milli_em(U'\u2654') / 100.0));
}

TEST_CASE("find_system_family: a family name gives its installed face, an unknown one nothing") {
  const auto wqy = careerguide::fonts::find_system_family("WenQuanYi Micro Hei", 80);  // 80: regular
  REQUIRE(wqy.has_value());
  CHECK(wqy->file.ends_with("/wqy-microhei.ttc"));
  CHECK(wqy->index == 0);
  CHECK(careerguide::fonts::find_system_family("WenQuanYi Micro Hey", 80) == std::nullopt);
}

TEST_CASE("best_family_face: upright before italic, then the nearest weight, then the normal width") {
  using careerguide::fonts::best_family_face;
  using careerguide::fonts::FamilyFace;
  // DejaVu Sans as fontconfig lists it: the oblique file sorts first.
  const std::vector<FamilyFace> dejavu{
      {80, 110, 100, {"DejaVuSans-Oblique.ttf", 0}},   {80, 110, 87, {"DejaVuSansCondensed-Oblique.ttf", 0}},
      {80, 0, 87, {"DejaVuSansCondensed.ttf", 0}},     {200, 110, 100, {"DejaVuSans-BoldOblique.ttf", 0}},
      {200, 0, 87, {"DejaVuSansCondensed-Bold.ttf", 0}}, {40, 0, 100, {"DejaVuSans-ExtraLight.ttf", 0}},
      {80, 0, 100, {"DejaVuSans.ttf", 0}},             {200, 0, 100, {"DejaVuSans-Bold.ttf", 0}}};
  CHECK(best_family_face(dejavu, 80) == FontFile{"DejaVuSans.ttf", 0});
  CHECK(best_family_face(dejavu, 200) == FontFile{"DejaVuSans-Bold.ttf", 0});
  // A family that is all italic still gives a face; the nearest weight wins over width.
  const std::vector<FamilyFace> italics{{80, 100, 87, {"b.ttf", 0}}, {200, 100, 100, {"a.ttf", 0}}};
  CHECK(best_family_face(italics, 80) == FontFile{"b.ttf", 0});
  // Among equals, the first file, then the first index.
  const std::vector<FamilyFace> twins{{80, 0, 100, {"z.ttc", 1}}, {80, 0, 100, {"z.ttc", 0}}};
  CHECK(best_family_face(twins, 80) == FontFile{"z.ttc", 0});
  CHECK(best_family_face({}, 80) == std::nullopt);
}

TEST_CASE("find_system_family: \"DejaVu Sans\" is the upright face, not the oblique one") {
  const auto regular = careerguide::fonts::find_system_family("DejaVu Sans", 80);
  const auto bold = careerguide::fonts::find_system_family("DejaVu Sans", 200);
  REQUIRE(regular.has_value());  // fonts-dejavu-core is installed by scripts/setup.sh
  REQUIRE(bold.has_value());
  CHECK(regular->file.ends_with("/DejaVuSans.ttf"));
  CHECK(bold->file.ends_with("/DejaVuSans-Bold.ttf"));
}

TEST_CASE("locate_fonts: the fallback may be a family name too") {
  const TempDir project;
  const FontFile regular{"mine.ttf", 0};
  const FontFile bold{"mine-bold.ttf", 0};
  const FontFiles files = locate_fonts(regular, bold, {"WenQuanYi Micro Hei", 0}, project.path(), no_system_fonts);
  REQUIRE(files.fallback.has_value());
  CHECK(files.fallback->file.ends_with("/wqy-microhei.ttc"));
  CHECK_THROWS_AS(locate_fonts(regular, bold, {"WenQuanYi Micro Hey", 0}, project.path(), no_system_fonts),
                  careerguide::fonts::FontError);
}

TEST_CASE("Font::load: a symbolic link loop and an oversized file say so, without reading it") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "careerguide-fonts-test-limits";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::filesystem::create_symlink("b.ttf", dir / "a.ttf");
  std::filesystem::create_symlink("a.ttf", dir / "b.ttf");
  const std::string loop = (dir / "a.ttf").string();
  CHECK_THROWS_WITH_AS(Font::load({loop, 0}),
                       ("failed to load font " + loop + " (symbolic link loop)").c_str(), FontError);
  const std::string big = (dir / "big.ttf").string();
  { std::ofstream(big) << ""; }
  std::filesystem::resize_file(big, careerguide::fonts::kMaxFontFileBytes + 1);  // sparse: costs no disk
  CHECK_THROWS_WITH_AS(Font::load({big, 0}),
                       ("failed to load font " + big +
                        " (the file is 134217729 bytes; the limit for a font is 134217728 bytes (128 MiB))")
                           .c_str(),
                       FontError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("font_coverage: the default fonts print Chinese, \u25A1 and line breaks, not 😀 or ꀀ") {
  namespace fonts = careerguide::fonts;
  const fonts::FontSet set = fonts::FontSet::load(fonts::locate_fonts({}, {}, {}, "fonts"));
  CHECK(fonts::font_coverage(set, U'中') == fonts::Coverage::kPrintable);
  CHECK(fonts::font_coverage(set, U'\u25A1') == fonts::Coverage::kPrintable);
  CHECK(fonts::font_coverage(set, U'\n') == fonts::Coverage::kPrintable);
  CHECK(fonts::font_coverage(set, U'\U0001F600') == fonts::Coverage::kOutsideBmp);
  CHECK(fonts::font_coverage(set, U'\uA000') == fonts::Coverage::kMissing);
}

TEST_CASE("FontCache: an unchanged font file is not read again, a changed one is") {
  const TempDir dir;
  const std::string regular = dir.write("regular.ttf", read_file(kDejaVu));
  const FontFiles files{{regular, 0}, {kBold, 0}, std::nullopt};
  careerguide::fonts::FontCache cache;
  const FontSet first = cache.load(files);
  CHECK(cache.fonts_read() == 2);
  const FontSet again = cache.load(files);
  CHECK(cache.fonts_read() == 0);
  CHECK(again.regular == first.regular);
  CHECK(again.bold == first.bold);
  // A save of another font over the file, as a font editor or a copy makes it.
  dir.write("regular.ttf", read_file(kRegular));
  const FontSet changed = cache.load(files);
  CHECK(cache.fonts_read() == 1);
  CHECK(changed.regular != first.regular);
  CHECK(changed.bold == first.bold);
  CHECK(changed.regular->has_glyph(U'中'));  // DejaVu Sans has none
}

TEST_CASE("SubsetCache: the same font and characters take the same subset, new characters make a new one") {
  const auto font = Font::load({kDejaVu, 0});
  careerguide::fonts::SubsetCache cache;
  cache.begin_render();
  const auto first = cache.subset(font, {U'a', U'b'});
  CHECK(cache.subsets_made() == 1);
  CHECK(*first == font->subset({U'a', U'b'}));
  cache.begin_render();
  CHECK(cache.subset(font, {U'a', U'b'}) == first);
  CHECK(cache.subsets_made() == 0);
  const auto more = cache.subset(font, {U'a', U'b', U'c'});
  CHECK(cache.subsets_made() == 1);
  CHECK(more != first);
  CHECK(*more == font->subset({U'a', U'b', U'c'}));
  // Another font object (a reloaded file) never takes a subset made for the first.
  const auto reloaded = Font::load({kDejaVu, 0});
  cache.begin_render();
  CHECK(cache.subset(reloaded, {U'a', U'b'}) != first);
  CHECK(cache.subsets_made() == 1);
}
