#include <dlfcn.h>
#include <doctest/doctest.h>
#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>
#include <libdeflate.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "font_collection.h"
#include "fonts/font_set.h"
#include "page/document.h"
#include "pdf/creation_date.h"
#include "pdf/haru_internals.h"
#include "pdf/haru_overrides.h"
#include "pdf/to_unicode_cmap.h"
#include "pdf/write_pdf.h"

using careerguide::fonts::Font;
using careerguide::typeface::FontFile;
using careerguide::fonts::FontSet;
using careerguide::geom::Color;
using careerguide::geom::Point;
using careerguide::geom::Rect;
using careerguide::geom::Size;
using careerguide::page::Bookmark;
using careerguide::page::Box;
using careerguide::page::Circle;
using careerguide::page::Document;
using careerguide::page::FontFace;
using careerguide::page::Line;
using careerguide::page::Link;
using careerguide::page::Page;
using careerguide::page::Stroke;
using careerguide::page::TextRun;
using careerguide::pdf::PdfError;
using careerguide::typeface::FontSlot;
using careerguide::typeface::SlotSpan;
using careerguide::pdf::WriteOptions;
using careerguide::pdf::write_pdf;
namespace fs = std::filesystem;

using careerguide::testing::make_collection;

namespace {

const std::string kFontDir = "/usr/share/fonts/truetype/lxgw-wenkai/";
constexpr Size kA4{595.28, 841.89};
constexpr Color kInk{0x1E, 0x26, 0x2D};
constexpr Color kAccent{0x17, 0x70, 0x7A};
constexpr std::int64_t kJuly12 = 1720742400;  // 2024-07-12 00:00:00 UTC

const FontSet& lxgw() {
  static const FontSet fonts =
      FontSet::load({{kFontDir + "LXGWWenKai-Regular.ttf", 0}, {kFontDir + "LXGWWenKai-Bold.ttf", 0}, std::nullopt});
  return fonts;
}

TextRun text(double x, double y, FontFace face, double size, std::string utf8, double char_spacing = 0) {
  const std::vector<SlotSpan> fonts{{utf8.size(), FontSlot::kFace}};
  return TextRun{Point{x, y}, face, size, kInk, std::move(utf8), char_spacing, {}, false, fonts};
}

/// A cover and one numbered page holding every kind of item.
Document sample_document() {
  Document document;
  Page cover{{}, kA4, std::nullopt};
  cover.items.push_back(Box{Rect{62.36, 60, 470.55, 200}, Color{0xF4, 0xF6, 0xF7}, std::nullopt});
  cover.items.push_back(text(62.36, 120, FontFace::kBold, 38, "2024年人工智能领域"));
  cover.items.push_back(text(62.36, 172, FontFace::kBold, 38, "收入最高的6种工作"));
  cover.items.push_back(Circle{Point{80, 300}, 6, kAccent, std::nullopt});
  cover.items.push_back(Link{Rect{62.36, 90, 200, 40}, 1, 79.37, ""});
  Page role{{}, kA4, 1};
  role.items.push_back(text(62.36, 100, FontFace::kBold, 26, "提示工程师"));
  role.items.push_back(text(62.36, 130, FontFace::kRegular, 12, "Prompt engineer"));
  role.items.push_back(text(62.36, 170, FontFace::kBold, 28, "$127,000 / 年"));
  role.items.push_back(text(164.36, 210, FontFace::kRegular, 10.5, "设计与优化提示词，让模型稳定地完成任务。", 0.35));
  role.items.push_back(Line{Point{62.36, 230}, Point{532.91, 230}, Stroke{Color{0xD3, 0xD9, 0xDE}, 0.5, false}});
  role.items.push_back(Line{Point{62.36, 240}, Point{532.91, 240}, Stroke{kAccent, 1, true}});
  role.items.push_back(Box{Rect{62.36, 250, 100, 20}, std::nullopt, Stroke{kInk, 0.5, false}});
  role.items.push_back(Circle{Point{70, 300}, 5, std::nullopt, Stroke{kAccent, 0.75, false}});
  role.items.push_back(text(62.36, 330, FontFace::kRegular, 10.5, "https://example.com/职业"));
  role.items.push_back(Link{Rect{62.36, 320, 200, 14}, -1, 0, "https://example.com/职业"});
  role.items.push_back(text(62.36, 807.87, FontFace::kRegular, 8, "第 1 页"));
  document.pages = {cover, role};
  document.outline = {Bookmark{"封面", 0, 0}, Bookmark{"提示工程师", 1, 79.37}};
  document.meta = {"2024年人工智能领域收入最高的6种工作", "职业指南编写组", "人工智能职业", "人工智能, 薪资", "zh-CN"};
  return document;
}

const std::string kSampleText =
    "2024年人工智能领域\n收入最高的6种工作\n\f"
    "提示工程师\nPrompt engineer\n$127,000 / 年\n设计与优化提示词，让模型稳定地完成任务。\n"
    "https://example.com/职业\n第 1 页\n\f";

WriteOptions sample_options() {
  WriteOptions options;
  options.creation_time = kJuly12;
  options.producer = "careerguide 0.1.0";
  return options;
}

std::string as_string(const std::vector<std::uint8_t>& bytes) { return {bytes.begin(), bytes.end()}; }

/// A temporary directory for one test, removed at its end.
class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("careerguide-pdf-test-" + std::to_string(getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::vector<std::uint8_t>& bytes) const {
    std::ofstream(file(name), std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return file(name);
  }

 private:
  fs::path path_;
};

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// What a command printed, and its exit status.
struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

/// Runs `command` through the shell, capturing stdout and stderr.
Run run(const TempDir& dir, const std::string& command) {
  const std::string out = dir.file("stdout.txt");
  const std::string err = dir.file("stderr.txt");
  Run result;
  result.status = std::system((command + " >" + out + " 2>" + err).c_str());
  result.out = read_text(out);
  result.err = read_text(err);
  return result;
}

/// The number of pixels darker than mid-grey in a binary PGM (P5) image.
int dark_pixels(const std::string& pgm) {
  std::istringstream in(pgm);
  std::string magic;
  int width = 0;
  int height = 0;
  int max = 0;
  in >> magic >> width >> height >> max;
  in.get();
  int dark = 0;
  for (int i = 0; i < width * height; ++i) {
    if (in.get() < max / 2) ++dark;
  }
  return dark;
}

/// The lines of pdffonts' table (after its two header lines).
std::vector<std::string> font_rows(const std::string& pdffonts_output) {
  std::istringstream in(pdffonts_output);
  std::vector<std::string> rows;
  std::string line;
  for (int i = 0; std::getline(in, line); ++i) {
    if (i >= 2) rows.push_back(line);
  }
  return rows;
}

}  // namespace

TEST_CASE("write_pdf: tagged or with bookmarks, the bytes are a PDF 1.5 file (object streams), else PDF 1.4") {
  const std::string tagged = as_string(write_pdf(sample_document(), lxgw(), sample_options()));
  CHECK(tagged.rfind("%PDF-1.5\n", 0) == 0);
  CHECK(tagged.find("/Type /ObjStm") != std::string::npos);
  CHECK(tagged.find("%%EOF") != std::string::npos);
  WriteOptions untagged_options = sample_options();
  untagged_options.tagged = false;
  // Untagged, the bookmarks still go into an object stream.
  const std::string untagged = as_string(write_pdf(sample_document(), lxgw(), untagged_options));
  CHECK(untagged.rfind("%PDF-1.5\n", 0) == 0);
  CHECK(untagged.find("/Type /ObjStm") != std::string::npos);
  CHECK(untagged.find("/StructTreeRoot") == std::string::npos);
  Document plain = sample_document();
  plain.outline.clear();
  const std::string bare = as_string(write_pdf(plain, lxgw(), untagged_options));
  CHECK(bare.rfind("%PDF-1.4\n", 0) == 0);
  CHECK(bare.find("/Type /ObjStm") == std::string::npos);
  CHECK(bare.find("%%EOF") != std::string::npos);
  CHECK(untagged.find(" BDC") == std::string::npos);
  CHECK(untagged.find("%%EOF") != std::string::npos);
}

TEST_CASE("write_pdf: the same input and options give the same bytes") {
  CHECK(write_pdf(sample_document(), lxgw(), sample_options()) ==
        write_pdf(sample_document(), lxgw(), sample_options()));
}

TEST_CASE("write_pdf: kept subsets and font programs give the bytes of a cold write, and are reused") {
  careerguide::fonts::SubsetCache subsets;
  careerguide::pdf::RenderReuse reuse;
  WriteOptions options = sample_options();
  options.subsets = &subsets;
  options.reuse = &reuse;
  const auto write = [&](const Document& document) {
    subsets.begin_render();
    return write_pdf(document, lxgw(), options);
  };
  const auto cold = write_pdf(sample_document(), lxgw(), sample_options());
  CHECK(write(sample_document()) == cold);
  CHECK(subsets.subsets_made() == 2);  // regular and bold
  CHECK(write(sample_document()) == cold);
  CHECK(subsets.subsets_made() == 0);
  const int all_streams = reuse.streams_reused();
  if (careerguide::pdf::kOverridesLibharu) {
    CHECK(reuse.font_programs_reused() == 2);
    CHECK(all_streams >= 6);  // the two pages, and each font's program and ToUnicode map
  }
  // A new character in the bold face: its program is made again, the
  // regular one is still reused, and the bytes are still a cold write's.
  Document changed = sample_document();
  changed.pages[1].items.push_back(text(62.36, 400, FontFace::kBold, 12, "新"));
  CHECK(write(changed) == write_pdf(changed, lxgw(), sample_options()));
  CHECK(subsets.subsets_made() == 1);
  if (careerguide::pdf::kOverridesLibharu) {
    CHECK(reuse.font_programs_reused() == 1);
    CHECK(reuse.streams_reused() > 0);  // the cover, the regular font
    CHECK(reuse.streams_reused() < all_streams);
  }
}

TEST_CASE("write_pdf: the catalog, dates, links and page labels are written as specified") {
  const std::string pdf = as_string(write_pdf(sample_document(), lxgw(), sample_options()));
  CHECK(pdf.find("/Lang (zh-CN)") != std::string::npos);
  CHECK(pdf.find("/CreationDate (D:20240712000000Z00'00')") != std::string::npos);
  CHECK(pdf.find("/ModDate (D:20240712000000Z00'00')") != std::string::npos);
  CHECK(pdf.find("/PageMode /UseOutlines") != std::string::npos);
  CHECK(pdf.find("/Border [ 0 0 0 ]") != std::string::npos);
}

TEST_CASE("write_pdf: a URI link holds the address percent-encoded as ASCII") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run uri = run(dir, "mutool show " + path + " trailer/Root/Pages/Kids/2/Annots/1/A/URI");
  CHECK(uri.out == "(https://example.com/%E8%81%8C%E4%B8%9A)\n");
}

TEST_CASE("write_pdf: the cover has no page label and the next pages count from 1") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run labels = run(dir, "mutool show " + path + " trailer/Root/PageLabels");
  CHECK(labels.out == "<<\n  /Nums [ 0 <<\n      >> 1 <<\n        /S /D\n        /St 1\n      >> ]\n>>\n");
}

TEST_CASE("write_pdf: the identity ToUnicode map covers the BMP in blocks of at most 100 ranges") {
  const std::string cmap = careerguide::pdf::identity_to_unicode_cmap();
  CHECK(cmap.find("100 beginbfrange\n<0000> <00FF> <0000>\n") != std::string::npos);
  CHECK(cmap.find("48 beginbfrange\n<D000> <D0FF> <D000>\n") == std::string::npos);
  CHECK(cmap.find("<D7FF>") != std::string::npos);
  CHECK(cmap.find("<D800>") == std::string::npos);
  CHECK(cmap.find("48 beginbfrange\n") != std::string::npos);  // 248 ranges = 100 + 100 + 48
  CHECK(cmap.find("<FF00> <FFFF> <FF00>\nendbfrange\nendcmap\n") != std::string::npos);
}

TEST_CASE("write_pdf: qpdf finds no error") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run check = run(dir, "qpdf --check " + path);
  CHECK(check.status == 0);
  CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(check.err == "");
}

TEST_CASE("write_pdf: every font is an embedded subset with a Unicode map") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run fonts = run(dir, "pdffonts " + path);
  CHECK(fonts.err == "");
  std::vector<std::string> rows = font_rows(fonts.out);
  REQUIRE(rows.size() == 2);
  std::sort(rows.begin(), rows.end());
  CHECK(rows[0].rfind("HPDFAA+LXGWWenKai-Regular ", 0) == 0);
  CHECK(rows[1].rfind("HPDFAB+LXGWWenKai-Bold,Bold ", 0) == 0);
  for (const std::string& row : rows) {
    CHECK(row.find("CID TrueType      Identity-H       yes yes yes") != std::string::npos);
  }
}

TEST_CASE("write_pdf: pdftotext -raw gives back the drawn text exactly, without warnings") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run text_out = run(dir, "pdftotext -raw -enc UTF-8 " + path + " -");
  CHECK(text_out.status == 0);
  CHECK(text_out.err == "");
  CHECK(text_out.out == kSampleText);
}

TEST_CASE("write_pdf: pdfinfo reads the Chinese title and the metadata") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run info = run(dir, "TZ=UTC pdfinfo -isodates " + path);
  CHECK(info.err == "");
  CHECK(info.out.find("Title:           2024年人工智能领域收入最高的6种工作\n") != std::string::npos);
  CHECK(info.out.find("Subject:         人工智能职业\n") != std::string::npos);
  CHECK(info.out.find("Keywords:        人工智能, 薪资\n") != std::string::npos);
  CHECK(info.out.find("Author:          职业指南编写组\n") != std::string::npos);
  CHECK(info.out.find("Creator:         careerguide 0.1.0\n") != std::string::npos);
  CHECK(info.out.find("Producer:        careerguide 0.1.0 (libharu 2.3.0)\n") != std::string::npos);
  CHECK(info.out.find("CreationDate:    2024-07-12T00:00:00Z\n") != std::string::npos);
  CHECK(info.out.find("Pages:           2\n") != std::string::npos);
  CHECK(info.out.find("PDF version:     1.5\n") != std::string::npos);
  CHECK(info.out.find("Tagged:          yes\n") != std::string::npos);
}

TEST_CASE("write_pdf: qpdf reads the Chinese bookmark titles and their pages") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run json = run(dir, "qpdf --json --json-key=outlines " + path);
  CHECK(json.err == "");
  CHECK(json.out.find("\"title\": \"封面\"") != std::string::npos);
  CHECK(json.out.find("\"title\": \"提示工程师\"") != std::string::npos);
  CHECK(json.out.find("\"destpageposfrom1\": 2") != std::string::npos);
  // 841.89 - 79.37: the height the bookmark leads to, keeping the reader's zoom.
  CHECK(json.out.find("762.52,") != std::string::npos);
}

TEST_CASE("write_pdf: faces from a .ttc collection are embedded and print their glyphs") {
  const TempDir dir;
  const auto regular = Font::load({kFontDir + "LXGWWenKai-Regular.ttf", 0});
  const auto bold = Font::load({kFontDir + "LXGWWenKai-Bold.ttf", 0});
  const std::string ttc =
      dir.write("pair.ttc", make_collection({regular->subset({U'职', U'业'}), bold->subset({U'指', U'南'})}));
  const FontSet fonts = FontSet::load({{ttc, 0}, {ttc, 1}, std::nullopt});
  Document document;
  document.pages = {Page{{{text(100, 100, FontFace::kRegular, 40, "职业"), text(100, 200, FontFace::kBold, 40, "指南")}, {}}, kA4, 1}};
  const std::string path = dir.write("ttc.pdf", write_pdf(document, fonts, sample_options()));
  CHECK(run(dir, "pdftotext -raw " + path + " -").out == "职业\n指南\n\f");
  // Crops (72 dpi = points) around each run's ink, and a blank area below them.
  const std::string crop = "pdftoppm -gray -r 72 -W 80 -H 40 -x 100 ";
  CHECK(dark_pixels(run(dir, crop + "-y 65 " + path).out) > 100);
  CHECK(dark_pixels(run(dir, crop + "-y 165 " + path).out) > 100);
  CHECK(dark_pixels(run(dir, crop + "-y 265 " + path).out) == 0);
}

TEST_CASE("write_pdf: characters only the fallback font has are drawn from its own subset") {
  const TempDir dir;
  const FontSet fonts = FontSet::load({{kFontDir + "LXGWWenKai-Regular.ttf", 0},
                                       {kFontDir + "LXGWWenKai-Bold.ttf", 0},
                                       FontFile{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0}});
  // The fonts as layout records them: chosen while measuring.
  TextRun mixed = text(100, 100, FontFace::kRegular, 12, "国际象棋\u2654王");
  mixed.fonts = careerguide::fonts::FontMeasurer(fonts).font_spans(mixed.utf8, mixed.face);
  REQUIRE(mixed.fonts.size() == 3);
  Document document;
  document.pages = {Page{{{mixed, text(100, 130, FontFace::kBold, 12, "棋盘")}, {}}, kA4, 1}};
  const std::string path = dir.write("fallback.pdf", write_pdf(document, fonts, sample_options()));
  const Run listing = run(dir, "pdffonts " + path);
  std::vector<std::string> rows = font_rows(listing.out);
  REQUIRE(rows.size() == 3);
  std::sort(rows.begin(), rows.end());
  CHECK(rows[0].rfind("HPDFAA+LXGWWenKai-Regular ", 0) == 0);
  CHECK(rows[1].rfind("HPDFAB+LXGWWenKai-Bold,Bold ", 0) == 0);
  CHECK(rows[2].rfind("HPDFAC+DejaVuSans,Book ", 0) == 0);  // libharu appends the style
  for (const std::string& row : rows) CHECK(row.find("yes yes yes") != std::string::npos);
  CHECK(run(dir, "pdftotext -raw " + path + " -").out == "国际象棋\u2654王\n棋盘\n\f");
}

TEST_CASE("write_pdf: draws each run in the fonts layout chose, and refuses fonts that miss text") {
  const TempDir dir;
  const FontSet fonts = FontSet::load({{kFontDir + "LXGWWenKai-Regular.ttf", 0},
                                       {kFontDir + "LXGWWenKai-Bold.ttf", 0},
                                       FontFile{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0}});
  // Layout said: all in the face's own font (the writer does not choose again).
  Document document;
  document.pages = {Page{{{text(100, 100, FontFace::kRegular, 12, "国际象棋\u2654王")}, {}}, kA4, 1}};
  const std::string path = dir.write("face-only.pdf", write_pdf(document, fonts, sample_options()));
  const std::vector<std::string> rows = font_rows(run(dir, "pdffonts " + path).out);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].rfind("HPDFAA+LXGWWenKai-Regular ", 0) == 0);
  // Stretches that stop short of the text, or run past it, are a bug upstream.
  for (const std::size_t bytes : {std::size_t{3}, std::size_t{40}}) {
    CAPTURE(bytes);
    TextRun run = text(100, 100, FontFace::kRegular, 12, "国际象棋\u2654王");
    run.fonts = {{bytes, FontSlot::kFace}};
    document.pages = {Page{{{run}, {}}, kA4, 1}};
    CHECK_THROWS_AS(write_pdf(document, fonts, sample_options()), careerguide::pdf::InvalidDocument);
  }
}

TEST_CASE("write_pdf: a bookmark to a page that does not exist is refused") {
  Document document = sample_document();
  document.outline.push_back(Bookmark{"结语", 5, 0});
  CHECK_THROWS_WITH_AS(write_pdf(document, lxgw(), sample_options()),
                       "link or bookmark to page index 5, but the document has 2 pages", PdfError);
}

TEST_CASE("write_pdf: a libharu failure says what was being written, the call and the error number") {
  Document document;
  document.pages = {Page{{}, Size{0, 0}, std::nullopt}};
  CHECK_THROWS_WITH_AS(write_pdf(document, lxgw(), sample_options()),
                       "libharu could not write a page's size (error 0x1054, detail 0, in "
                       "HPDF_Page_SetWidth)",
                       PdfError);
}

// libharu refuses strings over 65,535 bytes as it writes them (70,000
// ASCII letters are over, 40,000 are not); the loader's limits keep data far
// below that, and a failure past them still names what was being written
// instead of a bare error number.
// The PdfError message writing `document` gives, or "no error".
std::string pdf_error_of(const Document& document) {
  try {
    write_pdf(document, lxgw(), sample_options());
  } catch (const PdfError& error) {
    return error.what();
  }
  return "no error";
}

TEST_CASE("write_pdf: a string libharu refuses is named in the message") {
  const std::string long_text(70'000, 'x');
  SUBCASE("a document information entry") {
    Document document = sample_document();
    document.meta.title = long_text;
    CHECK_THROWS_WITH_AS(write_pdf(document, lxgw(), sample_options()),
                         ("libharu could not write the document's Title entry \"" +
                          std::string(60, 'x') +
                          "…\" (error 0x105B, detail 0, in HPDF_SetInfoAttr)").c_str(),
                         PdfError);
  }
  SUBCASE("a bookmark title is not libharu's: it is written in full") {
    Document document = sample_document();
    document.outline.push_back(Bookmark{long_text, 1, 0});
    CHECK(pdf_error_of(document) == "no error");
  }
  SUBCASE("a link address") {
    Document document = sample_document();
    document.pages[1].items.push_back(
        Link{Rect{62.36, 200, 100, 12}, -1, 0, "https://example.com/" + std::string(70'000, 'a')});
    const std::string message = pdf_error_of(document);
    CHECK(message.starts_with("libharu could not write the link address \"https://example.com/aaa"));
    CHECK(message.ends_with("in HPDF_Page_CreateURILinkAnnot)"));
  }
}

TEST_CASE("write_pdf: widely spaced runs extract without spaces between their characters") {
  const TempDir dir;
  Document document;
  document.pages = {Page{{{text(62.36, 100, FontFace::kBold, 11, "职业指南手册", 3.3),
                           text(62.36, 130, FontFace::kBold, 9, "美国市场 · 2024年", 1.35),
                           text(62.36, 160, FontFace::kRegular, 10.5, "正文两端对齐", 0.5)}, {}},
                         kA4, 1}};
  const std::vector<std::uint8_t> bytes = write_pdf(document, lxgw(), sample_options());
  CHECK(as_string(bytes).rfind("%PDF-1.5\n", 0) == 0);  // /ActualText is PDF 1.5
  const std::string path = dir.write("tracked.pdf", bytes);
  const Run extracted = run(dir, "pdftotext -raw " + path + " -");
  CHECK(extracted.err == "");
  CHECK(extracted.out == "职业指南手册\n美国市场 · 2024年\n正文两端对齐\n\f");
  CHECK(run(dir, "qpdf --check " + path).status == 0);
  // Only the runs spaced by more than a tenth of their size are marked.
  REQUIRE(run(dir, "qpdf --qdf " + path + " " + dir.file("qdf.pdf")).status == 0);
  const std::string content = read_text(dir.file("qdf.pdf"));
  // (qpdf --qdf writes hex strings in lower case.)
  const auto first = content.find("/Span <</ActualText <feff804c4e1a63075357624b518c>>> BDC\n");
  const auto second = content.find("/Span <</ActualText <feff7f8e56fd5e02573a002000b7002000320030003200345e74>>> BDC\n");
  CHECK(first == std::string::npos);  // tagged: each span is its element's own sequence
  CHECK(content.find("/Span <</MCID 1 /ActualText <feff804c4e1a63075357624b518c>>> BDC\n") != std::string::npos);
  CHECK(content.find("/ActualText <feff7f8e56fd5e02573a002000b7002000320030003200345e74>>> BDC\n") !=
        std::string::npos);
  CHECK(second == std::string::npos);
  // Untagged, the spans stand alone.
  WriteOptions untagged = sample_options();
  untagged.tagged = false;
  const std::string untagged_path = dir.write("untagged.pdf", write_pdf(document, lxgw(), untagged));
  REQUIRE(run(dir, "qpdf --qdf " + untagged_path + " " + dir.file("untagged-qdf.pdf")).status == 0);
  const std::string plain = read_text(dir.file("untagged-qdf.pdf"));
  const auto plain_first = plain.find("/Span <</ActualText <feff804c4e1a63075357624b518c>>> BDC\n");
  const auto plain_second = plain.find("/Span <</ActualText <feff7f8e56fd5e02573a002000b7002000320030003200345e74>>> BDC\n");
  CHECK(plain_first != std::string::npos);
  CHECK(plain_second != std::string::npos);
  CHECK(plain.find("ActualText", plain_second + 20) == std::string::npos);
}

// The overrides, compared with libharu's own functions (a build with
// -DCAREERGUIDE_HARU_OVERRIDES=OFF has none to compare).
#if CAREERGUIDE_HARU_OVERRIDES
namespace {

using GlyphidFunction = HPDF_UINT16 (*)(HPDF_FontDef, HPDF_UINT16);

/// libharu's own definition of `name`, which ours hides from libharu.
template <typename Function>
Function libharu_function(const char* name) {
  return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

/// libharu 2.3.0's HPDF_TTFontDef_GetGlyphid as written: a linear scan for
/// the first segment ending at or above `code` (bounds made safe).
HPDF_UINT16 linear_glyphid(const HPDF_TTF_CmapRange& cmap, HPDF_UINT16 code) {
  if (cmap.format == 0) return cmap.glyph_id_array[code & 0xFF];
  const HPDF_UINT seg_count = cmap.seg_count_x2 / 2U;
  HPDF_UINT i = 0;
  while (i < seg_count && code > cmap.end_count[i]) ++i;
  if (i == seg_count || cmap.start_count[i] > code) return 0;
  if (cmap.id_range_offset[i] == 0) return static_cast<HPDF_UINT16>(code + cmap.id_delta[i]);
  const HPDF_UINT idx = cmap.id_range_offset[i] / 2U + static_cast<HPDF_UINT>(code - cmap.start_count[i]) -
                        (seg_count - i);
  if (idx >= cmap.glyph_id_array_count) return 0;
  return static_cast<HPDF_UINT16>(cmap.glyph_id_array[idx] + cmap.id_delta[i]);
}

/// The number of codes 0..0xFFFF for which our override, libharu's own
/// function and the linear copy do not all give the same glyph.
int glyphid_mismatches(HPDF_FontDef def) {
  const auto libharu = libharu_function<GlyphidFunction>("HPDF_TTFontDef_GetGlyphid");
  const auto& cmap = static_cast<const HPDF_TTFontDefAttr_Rec*>(def->attr)->cmap;
  int mismatches = 0;
  for (unsigned code = 0; code <= 0xFFFF; ++code) {
    const auto unicode = static_cast<HPDF_UINT16>(code);
    const HPDF_UINT16 ours = HPDF_TTFontDef_GetGlyphid(def, unicode);
    if (ours != libharu(def, unicode) || ours != linear_glyphid(cmap, unicode)) ++mismatches;
  }
  return mismatches;
}

/// A hand-made font definition holding only a cmap, for the cases real
/// fonts do not reach.
struct FakeFontDef {
  std::vector<HPDF_UINT16> end, start, range_offset, glyphs;
  std::vector<HPDF_INT16> delta;
  HPDF_Error_Rec error{};
  HPDF_TTFontDefAttr_Rec attr{};
  HPDF_FontDef_Rec def{};

  HPDF_FontDef get() {
    HPDF_Error_Init(&error, nullptr);
    attr.cmap.format = 4;
    attr.cmap.seg_count_x2 = static_cast<HPDF_UINT16>(2 * end.size());
    attr.cmap.end_count = end.data();
    attr.cmap.start_count = start.data();
    attr.cmap.id_delta = delta.data();
    attr.cmap.id_range_offset = range_offset.data();
    attr.cmap.glyph_id_array = glyphs.data();
    attr.cmap.glyph_id_array_count = static_cast<HPDF_UINT>(glyphs.size());
    def.error = &error;
    def.attr = &attr;
    return &def;
  }
};

/// Segments of every kind: delta only, glyph array with and without delta,
/// glyph indexes past the array, an index that wraps below zero, gaps.
FakeFontDef every_segment_kind() {
  FakeFontDef fake;
  fake.end = {0x7E, 0x4E0F, 0x5003, 0x6001, 0xFFFF};
  fake.start = {0x20, 0x4E00, 0x5000, 0x6000, 0xFFFF};
  fake.delta = {-29, 5, 0, 0, 1};
  // idx = range_offset / 2 + (code - start) - (5 - segment)
  fake.range_offset = {0, 2 * 4, 2 * (3 + 17), 2 * 1, 0};
  for (HPDF_UINT16 gid = 100; gid < 116; ++gid) fake.glyphs.push_back(gid);
  return fake;
}

}  // namespace

TEST_CASE("haru overrides: libharu's own calls reach every override in this executable") {
  REQUIRE(careerguide::pdf::kOverridesLibharu);
  for (const char* name : {"HPDF_TTFontDef_GetGlyphid", "HPDF_MemCpy", "HPDF_MemSet", "HPDF_StrLen",
                           "HPDF_StrCpy", "HPDF_FToA", "HPDF_Stream_WriteToStreamWithDeflate",
                           "HPDF_TTFontDef_SaveFontData"}) {
    CAPTURE(name);
    void* libharu = dlsym(RTLD_NEXT, name);
    CHECK(libharu != nullptr);
    CHECK(dlsym(RTLD_DEFAULT, name) != libharu);
  }
  // Public libharu calls that use each function internally: only when the
  // dynamic linker binds libharu's calls to ours do the counters rise.
  using careerguide::pdf::override_calls;
  careerguide::pdf::prepare_overrides();
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  REQUIRE(doc != nullptr);
  HPDF_Page page = HPDF_AddPage(doc);
  const auto before = override_calls();
  // Formats both numbers, clears its buffer, copies into the content stream.
  REQUIRE(HPDF_Page_MoveTo(page, 10.25F, 20.5F) == HPDF_OK);
  const auto after_move = override_calls();
  CHECK(after_move.ftoa >= before.ftoa + 2);
  CHECK(after_move.mem_set > before.mem_set);
  CHECK(after_move.mem_cpy > before.mem_cpy);
  REQUIRE(HPDF_SetInfoAttr(doc, HPDF_INFO_AUTHOR, "careerguide") == HPDF_OK);  // measures the string
  CHECK(override_calls().str_len > after_move.str_len);
  REQUIRE(HPDF_Page_LineTo(page, 30, 40) == HPDF_OK);
  CHECK(override_calls().str_cpy > before.str_cpy);
  REQUIRE(HPDF_UseUTFEncodings(doc) == HPDF_OK);
  const char* name = HPDF_LoadTTFontFromFile(doc, (kFontDir + "LXGWWenKai-Regular.ttf").c_str(), HPDF_TRUE);
  REQUIRE(name != nullptr);
  HPDF_Font font = HPDF_GetFont(doc, name, "UTF-8");
  REQUIRE(font != nullptr);
  const auto before_width = override_calls();
  HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>("\xE4\xB8\xAD"), 3);  // 中
  CHECK(override_calls().glyph_id > before_width.glyph_id);
  REQUIRE(HPDF_SaveToStream(doc) == HPDF_OK);  // writes the embedded font's program
  CHECK(override_calls().save_font_data > before_width.save_font_data);
  HPDF_Free(doc);
}

TEST_CASE("haru overrides: every code maps to libharu's glyph in subset and full fonts") {
  const TempDir dir;
  std::vector<char32_t> scattered;  // about 3,000 cmap segments
  for (char32_t cp = 0x4E00; cp < 0x9FA5; cp += 7) scattered.push_back(cp);
  for (char32_t cp = 0x20; cp < 0x7F; ++cp) scattered.push_back(cp);
  const std::vector<std::string> files = {dir.write("scattered.ttf", lxgw().regular->subset(scattered)),
                                          dir.write("small.ttf", lxgw().bold->subset({U'职', U'业', U'1'})),
                                          kFontDir + "LXGWWenKai-Regular.ttf"};
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  for (const std::string& file : files) {
    CAPTURE(file);
    const char* name = HPDF_LoadTTFontFromFile(pdf, file.c_str(), HPDF_TRUE);
    REQUIRE(name != nullptr);
    HPDF_FontDef def = HPDF_Doc_FindFontDef(pdf, name);
    CHECK(careerguide::pdf::cmap_allows_bisection(def));
    CHECK(glyphid_mismatches(def) == 0);
  }
  HPDF_Free(pdf);
}

TEST_CASE("haru overrides: hand-made cmaps map every code as libharu does, format 0 included") {
  FakeFontDef fake = every_segment_kind();
  HPDF_FontDef def = fake.get();
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0x41) == 0x24);
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0x4E03) == 100 + 3 + 5);
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0x5000) == 0);  // index 17 of 16
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0x6000) == 0);  // index -1 wraps
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0x6001) == 100);
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0xFFFF) == 0);
  CHECK(glyphid_mismatches(def) == 0);
  fake.attr.cmap.format = 0;
  fake.glyphs.resize(256);
  for (std::size_t i = 0; i < 256; ++i) fake.glyphs[i] = static_cast<HPDF_UINT16>(i * 3);
  fake.attr.cmap.glyph_id_array = fake.glyphs.data();
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0x1241) == 0x41 * 3);
  CHECK(glyphid_mismatches(def) == 0);
}

TEST_CASE("haru overrides: an empty format-4 cmap sets libharu's invalid-cmap error") {
  FakeFontDef fake;
  HPDF_FontDef def = fake.get();
  CHECK(HPDF_TTFontDef_GetGlyphid(def, 0x41) == 0);
  CHECK(HPDF_Error_GetCode(&fake.error) == HPDF_TTF_INVALID_CMAP);
  HPDF_Error_Reset(&fake.error);
  CHECK(libharu_function<GlyphidFunction>("HPDF_TTFontDef_GetGlyphid")(def, 0x41) == 0);
  CHECK(HPDF_Error_GetCode(&fake.error) == HPDF_TTF_INVALID_CMAP);
}

TEST_CASE("haru overrides: a cmap with segments out of order is not searched by bisection") {
  FakeFontDef fake = every_segment_kind();
  CHECK(careerguide::pdf::cmap_allows_bisection(fake.get()));
  std::swap(fake.end[1], fake.end[2]);
  CHECK_FALSE(careerguide::pdf::cmap_allows_bisection(fake.get()));
}

TEST_CASE("haru overrides: copies and fills match libharu's byte loops, overlapping copies included") {
  using CopyFunction = HPDF_BYTE* (*)(HPDF_BYTE*, const HPDF_BYTE*, HPDF_UINT);
  using FillFunction = void* (*)(void*, HPDF_BYTE, HPDF_UINT);
  const auto libharu_copy = libharu_function<CopyFunction>("HPDF_MemCpy");
  const auto libharu_fill = libharu_function<FillFunction>("HPDF_MemSet");
  const std::vector<std::uint8_t> start = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  struct Copy {
    std::size_t out, in, n;
  };
  for (const Copy& copy : {Copy{8, 0, 8}, Copy{1, 0, 10}, Copy{0, 3, 12}, Copy{4, 4, 6}, Copy{2, 9, 0}}) {
    CAPTURE(copy.out);
    CAPTURE(copy.in);
    std::vector<std::uint8_t> ours = start;
    std::vector<std::uint8_t> theirs = start;
    const auto n = static_cast<HPDF_UINT>(copy.n);
    CHECK(HPDF_MemCpy(ours.data() + copy.out, ours.data() + copy.in, n) == ours.data() + copy.out + copy.n);
    libharu_copy(theirs.data() + copy.out, theirs.data() + copy.in, n);
    CHECK(ours == theirs);
  }
  std::vector<std::uint8_t> shifted = start;
  HPDF_MemCpy(shifted.data() + 1, shifted.data(), 4);
  CHECK(shifted == std::vector<std::uint8_t>{1, 1, 1, 1, 1, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
  std::vector<std::uint8_t> ours = start;
  std::vector<std::uint8_t> theirs = start;
  CHECK(HPDF_MemSet(ours.data() + 3, 0xAB, 9) == ours.data() + 12);
  libharu_fill(theirs.data() + 3, 0xAB, 9);
  CHECK(ours == theirs);
}

TEST_CASE("haru overrides: string lengths and bounded string copies match libharu's") {
  using LengthFunction = HPDF_UINT (*)(const char*, HPDF_INT);
  using CopyFunction = HPDF_BYTE* (*)(char*, const char*, char*);
  const auto libharu_length = libharu_function<LengthFunction>("HPDF_StrLen");
  const auto libharu_copy = libharu_function<CopyFunction>("HPDF_StrCpy");
  for (HPDF_INT maxlen : {-1, 0, 3, 11, 40}) {
    CAPTURE(maxlen);
    CHECK(HPDF_StrLen("0.5 0 0 RG\n", maxlen) == libharu_length("0.5 0 0 RG\n", maxlen));
  }
  CHECK(HPDF_StrLen(nullptr, -1) == 0);
  CHECK(HPDF_StrLen("62.36 720.52 Td\n", -1) == 16);
  const char* sources[] = {"/F1 18 Tf\n", "", nullptr};
  for (std::ptrdiff_t room : {0, 1, 4, 10, 12}) {
    for (const char* source : sources) {
      CAPTURE(room);
      char ours[16] = "xxxxxxxxxxxxxxx";
      char theirs[16] = "xxxxxxxxxxxxxxx";
      const HPDF_BYTE* our_end = HPDF_StrCpy(ours + 1, source, ours + 1 + room);
      const HPDF_BYTE* their_end = libharu_copy(theirs + 1, source, theirs + 1 + room);
      CHECK(std::string(ours, 16) == std::string(theirs, 16));
      CHECK(reinterpret_cast<const char*>(our_end) - ours == reinterpret_cast<const char*>(their_end) - theirs);
    }
  }
  char overlapping[16] = "abcdef";
  HPDF_StrCpy(overlapping + 2, overlapping, overlapping + 8);  // reads what it wrote, as libharu does
  CHECK(std::string(overlapping) == "abababab");
}

TEST_CASE("haru overrides: numbers are written byte for byte as libharu writes them") {
  using FormatFunction = char* (*)(char*, HPDF_REAL, char*);
  const auto libharu_format = libharu_function<FormatFunction>("HPDF_FToA");
  int mismatches = 0;
  auto compare = [&](HPDF_REAL value, std::ptrdiff_t room) {
    char ours[24];
    char theirs[24];
    std::memset(ours, 'x', sizeof ours);
    std::memset(theirs, 'x', sizeof theirs);
    const char* our_end = HPDF_FToA(ours + 1, value, ours + 1 + room);
    const char* their_end = libharu_format(theirs + 1, value, theirs + 1 + room);
    if (std::memcmp(ours, theirs, sizeof ours) != 0 || our_end - ours != their_end - theirs) ++mismatches;
  };
  // Every hundredth of a point on a page and beyond, as the painter rounds them.
  for (int hundredths = -400000; hundredths <= 400000; ++hundredths) {
    compare(static_cast<HPDF_REAL>(hundredths / 100.0), 20);
  }
  // Values near whole numbers and limits, a rounding carry, room too small.
  for (HPDF_REAL value : {0.0F, -0.0F, 0.000004F, 0.999996F, 2.9999952F, 1e-7F, 32767.0F, 40000.0F, -1e9F,
                          1e30F, 762.52002F, 0.118F, -55.5F}) {
    for (std::ptrdiff_t room : {0, 1, 2, 5, 8, 20}) compare(value, room);
  }
  compare(std::numeric_limits<HPDF_REAL>::quiet_NaN(), 20);
  compare(std::numeric_limits<HPDF_REAL>::infinity(), 20);
  CHECK(mismatches == 0);
  char text[16] = {};
  CHECK(std::string(text, HPDF_FToA(text, 720.52F, text + 15)) == "720.52002");
  CHECK(std::string(text, HPDF_FToA(text, 62.36F, text + 15)) == "62.36");
}

namespace {

/// Every byte of memory stream `stream`.
std::vector<HPDF_BYTE> stream_bytes(HPDF_Stream stream) {
  std::vector<HPDF_BYTE> bytes(HPDF_Stream_Size(stream));
  REQUIRE(HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) == HPDF_OK);
  HPDF_UINT size = static_cast<HPDF_UINT>(bytes.size());
  if (size > 0) {
    const HPDF_STATUS read = HPDF_Stream_Read(stream, bytes.data(), &size);
    CHECK((read == HPDF_OK || read == HPDF_STREAM_EOF));
  }
  bytes.resize(size);
  return bytes;
}

/// `compressed` inflated as a zlib stream (what /FlateDecode reads), or
/// "not zlib" when it is not one of exactly `size` bytes.
std::string inflated(const std::vector<HPDF_BYTE>& compressed, std::size_t size) {
  libdeflate_decompressor* decompressor = libdeflate_alloc_decompressor();
  std::string out(size, '\0');
  std::size_t got = 0;
  const libdeflate_result result =
      libdeflate_zlib_decompress(decompressor, compressed.data(), compressed.size(), out.data(), size, &got);
  libdeflate_free_decompressor(decompressor);
  return result == LIBDEFLATE_SUCCESS && got == size ? out : "not zlib";
}

}  // namespace

TEST_CASE("haru overrides: every stream is compressed by the override and inflates to its content, as with libharu's zlib path") {
  using Deflater = HPDF_STATUS (*)(HPDF_Stream, HPDF_Stream, HPDF_Encrypt);
  const auto libharu = libharu_function<Deflater>("HPDF_Stream_WriteToStreamWithDeflate");
  REQUIRE(reinterpret_cast<void*>(libharu) != nullptr);
  careerguide::pdf::prepare_overrides();
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  REQUIRE(doc != nullptr);
  HPDF_MMgr mmgr = doc->mmgr;
  // Around libharu's 4 KB read buffer, page-content-like text, and bytes
  // that do not compress.
  std::string text;
  for (int i = 0; text.size() < 300000; ++i) text += fmt::format("{} {} m {} {} l S\n", i % 97, i % 13, i % 41, i);
  std::string noise;
  std::uint32_t state = 12345;
  for (int i = 0; i < 50000; ++i) noise.push_back(static_cast<char>((state = state * 1103515245U + 12345U) >> 24));
  for (const std::string& content : {std::string("q"), std::string(4095, 'a'), std::string(4096, 'b'),
                                     std::string(4097, 'c'), text, noise}) {
    CAPTURE(content.size());
    HPDF_Stream source = HPDF_MemStream_New(mmgr, HPDF_STREAM_BUF_SIZ);
    HPDF_Stream ours = HPDF_MemStream_New(mmgr, HPDF_STREAM_BUF_SIZ);
    HPDF_Stream zlib = HPDF_MemStream_New(mmgr, HPDF_STREAM_BUF_SIZ);
    REQUIRE(HPDF_Stream_Write(source, reinterpret_cast<const HPDF_BYTE*>(content.data()),
                              static_cast<HPDF_UINT>(content.size())) == HPDF_OK);
    const auto before = careerguide::pdf::override_calls();
    REQUIRE(HPDF_Stream_WriteToStream(source, ours, HPDF_STREAM_FILTER_FLATE_DECODE, nullptr) == HPDF_OK);
    CHECK(careerguide::pdf::override_calls().deflate == before.deflate + 1);
    REQUIRE(libharu(source, zlib, nullptr) == HPDF_OK);
    const std::vector<HPDF_BYTE> our_bytes = stream_bytes(ours);
    const std::vector<HPDF_BYTE> zlib_bytes = stream_bytes(zlib);
    CHECK(inflated(our_bytes, content.size()) == content);
    CHECK(inflated(zlib_bytes, content.size()) == content);
    for (HPDF_Stream stream : {source, ours, zlib}) HPDF_Stream_Free(stream);
  }
  HPDF_Free(doc);
}

TEST_CASE("haru overrides: a page's content taken out, compressed on another thread and put back is saved as compressed, and inflates to its operators") {
  careerguide::pdf::prepare_overrides();
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  REQUIRE(doc != nullptr);
  REQUIRE(HPDF_SetCompressionMode(doc, HPDF_COMP_ALL) == HPDF_OK);
  HPDF_Page page = HPDF_AddPage(doc);
  REQUIRE(page != nullptr);
  for (int i = 0; i < 2000; ++i) {
    HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(i % 97), static_cast<HPDF_REAL>(i % 13));
    HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(i % 41), static_cast<HPDF_REAL>(i % 500));
    HPDF_Page_Stroke(page);
  }
  HPDF_Stream stream = careerguide::pdf::haru::content_stream(page);
  const std::vector<HPDF_BYTE> operators = stream_bytes(stream);
  REQUIRE(operators.size() > 10000);

  careerguide::pdf::PageContent content;
  REQUIRE(careerguide::pdf::take_page_content(page, content) == HPDF_OK);
  REQUIRE(content.page == page);
  CHECK(content.bytes == operators);
  CHECK(HPDF_Stream_Size(stream) == 0);
  std::thread([&content] { careerguide::pdf::compress_content(content); }).join();
  REQUIRE(content.status == HPDF_OK);
  const std::vector<HPDF_BYTE> compressed = content.bytes;
  REQUIRE(careerguide::pdf::put_page_content(content) == HPDF_OK);
  CHECK(stream_bytes(stream) == compressed);
  CHECK(HPDF_MemStream_GetBufCount(stream) == 1);  // one allocation of its size

  // The save's deflate writes it as it is.
  HPDF_Stream saved = HPDF_MemStream_New(doc->mmgr, HPDF_STREAM_BUF_SIZ);
  REQUIRE(HPDF_Stream_WriteToStream(stream, saved, HPDF_STREAM_FILTER_FLATE_DECODE, nullptr) == HPDF_OK);
  CHECK(stream_bytes(saved) == compressed);
  CHECK(inflated(compressed, operators.size()) == std::string(operators.begin(), operators.end()));
  HPDF_Stream_Free(saved);
  HPDF_Free(doc);
}

#endif  // CAREERGUIDE_HARU_OVERRIDES

TEST_CASE("write_pdf: a non-finite or absurd coordinate is an internal error, not a corrupt file") {
  const std::vector<careerguide::page::Item> bad_items{
      careerguide::page::Line{Point{0, 0}, Point{std::numeric_limits<double>::infinity(), 10}, {}},
      careerguide::page::Line{Point{0, std::numeric_limits<double>::quiet_NaN()}, Point{10, 10}, {}},
      Box{Rect{0, 0, 2e6, 10}, Color{0, 0, 0}, std::nullopt},
      text(1e7, 100, FontFace::kRegular, 10, "x"),
      text(10, 100, FontFace::kRegular, std::numeric_limits<double>::quiet_NaN(), "x"),
      Circle{Point{80, 300}, -1e9, kAccent, std::nullopt}};
  for (std::size_t i = 0; i < bad_items.size(); ++i) {
    CAPTURE(i);
    Document document = sample_document();
    document.pages.back().items.push_back(bad_items[i]);
    CHECK_THROWS_AS(write_pdf(document, lxgw(), sample_options()), careerguide::pdf::InvalidDocument);
  }
}

TEST_CASE("parse_source_date_epoch: whole seconds from 0 to the end of 9999, unset when empty") {
  using Epoch = std::optional<std::int64_t>;
  CHECK(std::get<Epoch>(careerguide::pdf::parse_source_date_epoch(nullptr)) == std::nullopt);
  CHECK(std::get<Epoch>(careerguide::pdf::parse_source_date_epoch("")) == std::nullopt);
  CHECK(std::get<Epoch>(careerguide::pdf::parse_source_date_epoch("0")) == 0);
  CHECK(std::get<Epoch>(careerguide::pdf::parse_source_date_epoch("253402300799")) == 253402300799);
  for (const char* bad : {"253402300800", "-1", "12abc", " 5", "99999999999999999999"}) {
    CHECK(careerguide::messages::english(std::get<careerguide::messages::Message>(
              careerguide::pdf::parse_source_date_epoch(bad))) ==
          "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 from 0 to 253402300799 "
          "(9999-12-31) (got \"" + std::string(bad) + "\"); unset it to use the current time");
  }
}

TEST_CASE("haru overrides: a glyph table scope maps every code as the linear scan does, for its "
          "font only and only while it lasts") {
  const TempDir dir;
  std::vector<char32_t> scattered;  // about 3,000 cmap segments
  for (char32_t cp = 0x4E00; cp < 0x9FA5; cp += 7) scattered.push_back(cp);
  for (char32_t cp = 0x20; cp < 0x7F; ++cp) scattered.push_back(cp);
  const std::vector<std::string> files = {dir.write("scattered.ttf", lxgw().regular->subset(scattered)),
                                          dir.write("small.ttf", lxgw().bold->subset({U'职', U'业', U'1'})),
                                          kFontDir + "LXGWWenKai-Regular.ttf"};
  const auto table_mismatches = [](HPDF_FontDef def) {
    const auto& cmap = static_cast<const HPDF_TTFontDefAttr_Rec*>(def->attr)->cmap;
    const careerguide::pdf::GlyphTableScope table(def);
    int mismatches = 0;
    for (unsigned code = 0; code <= 0xFFFF; ++code) {
      const auto unicode = static_cast<HPDF_UINT16>(code);
      if (HPDF_TTFontDef_GetGlyphid(def, unicode) != linear_glyphid(cmap, unicode)) ++mismatches;
    }
    return mismatches;
  };
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  std::vector<HPDF_FontDef> defs;
  for (const std::string& file : files) {
    CAPTURE(file);
    const char* name = HPDF_LoadTTFontFromFile(pdf, file.c_str(), HPDF_TRUE);
    REQUIRE(name != nullptr);
    defs.push_back(HPDF_Doc_FindFontDef(pdf, name));
    CHECK(table_mismatches(defs.back()) == 0);
  }
  FakeFontDef fake = every_segment_kind();
  CHECK(table_mismatches(fake.get()) == 0);
  fake.attr.cmap.format = 0;
  fake.glyphs.resize(256);
  for (std::size_t i = 0; i < 256; ++i) fake.glyphs[i] = static_cast<HPDF_UINT16>(i * 3);
  fake.attr.cmap.glyph_id_array = fake.glyphs.data();
  CHECK(table_mismatches(fake.get()) == 0);
  // Segments that abut (0x41 starts right after 0x40 ends) and two that end
  // at the same code (the first holds 0x30..0x40; 0x20..0x2F map to none).
  FakeFontDef abutting;
  abutting.end = {0x40, 0x40, 0x41, 0x50, 0xFFFF};
  abutting.start = {0x30, 0x20, 0x41, 0x42, 0xFFFF};
  abutting.delta = {1, 2, 5, 7, 1};
  abutting.range_offset = {0, 0, 0, 0, 0};
  CHECK(table_mismatches(abutting.get()) == 0);
  // While the small subset's table is active, the full font still maps A,
  // which the subset lacks; after it, the subset is searched again.
  const auto& small_cmap = static_cast<const HPDF_TTFontDefAttr_Rec*>(defs[1]->attr)->cmap;
  const auto& full_cmap = static_cast<const HPDF_TTFontDefAttr_Rec*>(defs[2]->attr)->cmap;
  {
    const careerguide::pdf::GlyphTableScope table(defs[1]);
    CHECK(HPDF_TTFontDef_GetGlyphid(defs[1], 0x41) == 0);
    CHECK(HPDF_TTFontDef_GetGlyphid(defs[2], 0x41) == linear_glyphid(full_cmap, 0x41));
    CHECK(HPDF_TTFontDef_GetGlyphid(defs[2], 0x41) != 0);
  }
  CHECK(HPDF_TTFontDef_GetGlyphid(defs[1], 0x41) == 0);
  CHECK(HPDF_TTFontDef_GetGlyphid(defs[1], 0x804C) == linear_glyphid(small_cmap, 0x804C));
  CHECK(HPDF_TTFontDef_GetGlyphid(defs[1], 0x804C) != 0);  // 职
  HPDF_Free(pdf);
}
