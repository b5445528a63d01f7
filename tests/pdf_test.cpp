#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/document.h"
#include "pdf/to_unicode_cmap.h"
#include "pdf/write_pdf.h"

using careerguide::fonts::Font;
using careerguide::fonts::FontRequest;
using careerguide::fonts::FontSet;
using careerguide::geom::Color;
using careerguide::geom::Point;
using careerguide::geom::Rect;
using careerguide::geom::Size;
using careerguide::layout::Bookmark;
using careerguide::layout::Box;
using careerguide::layout::Circle;
using careerguide::layout::Document;
using careerguide::layout::FontFace;
using careerguide::layout::Line;
using careerguide::layout::Link;
using careerguide::layout::Page;
using careerguide::layout::Stroke;
using careerguide::layout::TextRun;
using careerguide::pdf::PdfError;
using careerguide::pdf::WriteOptions;
using careerguide::pdf::write_pdf;
namespace fs = std::filesystem;

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
  return TextRun{Point{x, y}, face, size, kInk, std::move(utf8), char_spacing};
}

/// A cover and one numbered page holding every kind of item.
Document sample_document() {
  Document document;
  Page cover{kA4, {}, std::nullopt};
  cover.items.push_back(Box{Rect{62.36, 60, 470.55, 200}, Color{0xF4, 0xF6, 0xF7}, std::nullopt});
  cover.items.push_back(text(62.36, 120, FontFace::kBold, 38, "2024年人工智能领域"));
  cover.items.push_back(text(62.36, 172, FontFace::kBold, 38, "收入最高的6种工作"));
  cover.items.push_back(Circle{Point{80, 300}, 6, kAccent, std::nullopt});
  cover.items.push_back(Link{Rect{62.36, 90, 200, 40}, 1, 79.37, ""});
  Page role{kA4, {}, 1};
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

WriteOptions sample_options() { return WriteOptions{kJuly12, "careerguide 0.1.0"}; }

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

void put_u32(std::vector<std::uint8_t>& out, std::size_t at, std::uint32_t value) {
  for (std::size_t i = 0; i < 4; ++i) out[at + i] = static_cast<std::uint8_t>(value >> (24 - 8 * i));
}

/// A TrueType collection of `fonts` stored one after the other, each table
/// offset rebased to the start of the file (the same helper as fonts_test).
std::vector<std::uint8_t> make_collection(const std::vector<std::vector<std::uint8_t>>& fonts) {
  std::vector<std::uint8_t> out(12 + 4 * fonts.size(), 0);
  put_u32(out, 0, 0x74746366);  // 'ttcf'
  put_u32(out, 4, 0x00010000);
  put_u32(out, 8, static_cast<std::uint32_t>(fonts.size()));
  for (std::size_t f = 0; f < fonts.size(); ++f) {
    const auto base = static_cast<std::uint32_t>(out.size());  // subsets have 4-byte-aligned lengths
    put_u32(out, 12 + 4 * f, base);
    out.insert(out.end(), fonts[f].begin(), fonts[f].end());
    const std::size_t tables = (std::size_t{out[base + 4]} << 8) | out[base + 5];
    for (std::size_t t = 0; t < tables; ++t) {
      const std::size_t at = base + 12 + 16 * t + 8;
      const std::uint32_t offset = (std::uint32_t{out[at]} << 24) | (std::uint32_t{out[at + 1]} << 16) |
                                   (std::uint32_t{out[at + 2]} << 8) | out[at + 3];
      put_u32(out, at, offset + base);
    }
  }
  return out;
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

TEST_CASE("write_pdf: the bytes are a PDF 1.4 file") {
  const std::string pdf = as_string(write_pdf(sample_document(), lxgw(), sample_options()));
  CHECK(pdf.rfind("%PDF-1.4\n", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);
}

TEST_CASE("write_pdf: the same input and options give the same bytes") {
  CHECK(write_pdf(sample_document(), lxgw(), sample_options()) ==
        write_pdf(sample_document(), lxgw(), sample_options()));
}

TEST_CASE("write_pdf: the catalog, dates, links and page labels are written as specified") {
  const std::string pdf = as_string(write_pdf(sample_document(), lxgw(), sample_options()));
  CHECK(pdf.find("/Lang (zh-CN)") != std::string::npos);
  CHECK(pdf.find("/CreationDate (D:20240712000000Z00'00')") != std::string::npos);
  CHECK(pdf.find("/ModDate (D:20240712000000Z00'00')") != std::string::npos);
  CHECK(pdf.find("/PageMode /UseOutlines") != std::string::npos);
  // 841.89 - 79.37, through libharu's single-precision reals.
  CHECK(pdf.find("/XYZ null 762.52002 null ]") != std::string::npos);
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
  CHECK(info.out.find("PDF version:     1.4\n") != std::string::npos);
}

TEST_CASE("write_pdf: qpdf reads the Chinese bookmark titles and their pages") {
  const TempDir dir;
  const std::string path = dir.write("sample.pdf", write_pdf(sample_document(), lxgw(), sample_options()));
  const Run json = run(dir, "qpdf --json --json-key=outlines " + path);
  CHECK(json.err == "");
  CHECK(json.out.find("\"title\": \"封面\"") != std::string::npos);
  CHECK(json.out.find("\"title\": \"提示工程师\"") != std::string::npos);
  CHECK(json.out.find("\"destpageposfrom1\": 2") != std::string::npos);
}

TEST_CASE("write_pdf: faces from a .ttc collection are embedded and print their glyphs") {
  const TempDir dir;
  const auto regular = Font::load({kFontDir + "LXGWWenKai-Regular.ttf", 0});
  const auto bold = Font::load({kFontDir + "LXGWWenKai-Bold.ttf", 0});
  const std::string ttc =
      dir.write("pair.ttc", make_collection({regular->subset({U'职', U'业'}), bold->subset({U'指', U'南'})}));
  const FontSet fonts = FontSet::load({{ttc, 0}, {ttc, 1}, std::nullopt});
  Document document;
  document.pages = {Page{kA4, {text(100, 100, FontFace::kRegular, 40, "职业"), text(100, 200, FontFace::kBold, 40, "指南")}, 1}};
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
                                       FontRequest{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0}});
  Document document;
  document.pages = {Page{kA4, {text(100, 100, FontFace::kRegular, 12, "国际象棋\u2654王"),
                               text(100, 130, FontFace::kBold, 12, "棋盘")}, 1}};
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

TEST_CASE("write_pdf: a bookmark to a page that does not exist is refused") {
  Document document = sample_document();
  document.outline.push_back(Bookmark{"结语", 5, 0});
  CHECK_THROWS_WITH_AS(write_pdf(document, lxgw(), sample_options()),
                       "link or bookmark to page index 5, but the document has 2 pages", PdfError);
}

TEST_CASE("write_pdf: a libharu failure names the call and the error number") {
  Document document;
  document.pages = {Page{Size{0, 0}, {}, std::nullopt}};
  CHECK_THROWS_WITH_AS(write_pdf(document, lxgw(), sample_options()),
                       "libharu error 0x1054 (detail 0) in HPDF_Page_SetWidth", PdfError);
}

TEST_CASE("write_pdf: widely spaced runs extract without spaces between their characters") {
  const TempDir dir;
  Document document;
  document.pages = {Page{kA4,
                         {text(62.36, 100, FontFace::kBold, 11, "职业指南手册", 3.3),
                          text(62.36, 130, FontFace::kBold, 9, "美国市场 · 2024年", 1.35),
                          text(62.36, 160, FontFace::kRegular, 10.5, "正文两端对齐", 0.5)},
                         1}};
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
  CHECK(first != std::string::npos);
  CHECK(second != std::string::npos);
  CHECK(content.find("ActualText", second + 20) == std::string::npos);
}
