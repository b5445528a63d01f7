// The tagged PDF's structure tree and the object streams it is stored in,
// tested on their own text: no libharu, no fonts.
#include <zlib.h>

#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>

#include "page/document.h"
#include "pdf/marked_content.h"
#include "pdf/outline.h"
#include "pdf/structure_plan.h"
#include "pdf/structure_tree.h"
#include "pdf/write_pdf.h"
#include "pdf/xref_stream.h"

using namespace careerguide::pdf;

namespace {

const PdfObject& object_numbered(const SerialisedStructure& s, int number) {
  for (const PdfObject& object : s.objects) {
    if (object.number == number) return object;
  }
  FAIL("no object " << number);
  throw std::logic_error("unreachable");
}

/// Document > P (MCIDs 0 and 1 on page 0), Link (MCID 2 on page 0 and an annotation), P (MCID 0 on page 1).
StructureTree small_tree() {
  StructureTree tree;
  tree.elements.push_back({"Document", "zh-CN", "", "", {ChildElement{1}, ChildElement{2}, ChildElement{3}}});
  tree.elements.push_back({"P", "", "", "", {MarkedContentRef{0, 0}, MarkedContentRef{0, 1}}});
  tree.elements.push_back({"Link", "en", "", "", {MarkedContentRef{0, 2}, AnnotationRef{0, 7}}});
  tree.elements.push_back({"P", "", "", "", {MarkedContentRef{1, 0}}});
  return tree;
}

std::string inflate(std::string_view data) {
  std::string out(1 << 20, '\0');
  uLongf size = static_cast<uLongf>(out.size());
  REQUIRE(uncompress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                     static_cast<uLong>(data.size())) == Z_OK);
  out.resize(size);
  return out;
}

/// A file shaped as libharu saves one: objects 1–3, a table, a trailer.
std::vector<std::uint8_t> haru_shaped_file() {
  std::string file = "%PDF-1.5\n";
  std::vector<std::size_t> offsets;
  const char* bodies[] = {"<<\n/Type /Catalog\n/Pages 2 0 R\n>>", "<<\n/Type /Pages\n/Kids [ ]\n/Count 0\n>>",
                          "<<\n/Producer (x)\n>>"};
  for (int i = 0; i < 3; ++i) {
    offsets.push_back(file.size());
    file += std::to_string(i + 1) + " 0 obj\n" + bodies[i] + "\nendobj\n";
  }
  const std::size_t xref = file.size();
  file += "xref\n0 4\n0000000000 65535 f\r\n";
  for (std::size_t offset : offsets) {
    std::string digits = std::to_string(offset);
    file += std::string(10 - digits.size(), '0') + digits + " 00000 n\r\n";
  }
  file += "trailer\n<<\n/Root 1 0 R\n/Info 3 0 R\n/Size 4\n>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return {file.begin(), file.end()};
}

struct XrefEntry {
  int type;
  std::uint64_t field2;
  std::uint32_t field3;
};

/// The cross-reference stream of `file`, decoded.
std::vector<XrefEntry> read_xref_stream(const std::string& file) {
  const std::size_t startxref = file.rfind("startxref\n");
  REQUIRE(startxref != std::string::npos);
  const std::size_t at = std::stoul(file.substr(startxref + 10));
  const std::string object = file.substr(at, startxref - at);
  REQUIRE(object.find("/Type /XRef") != std::string::npos);
  REQUIRE(object.find("/W [1 4 2]") != std::string::npos);
  const std::size_t length_at = object.find("/Length ");
  const std::size_t length = std::stoul(object.substr(length_at + 8));
  const std::size_t data_at = object.find("stream\n") + 7;
  const std::string table = inflate(object.substr(data_at, length));
  REQUIRE(table.size() % 7 == 0);
  std::vector<XrefEntry> entries;
  for (std::size_t i = 0; i < table.size(); i += 7) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(table[i + k]); };
    entries.push_back({byte(0),
                       (std::uint64_t{byte(1)} << 24) | (std::uint64_t{byte(2)} << 16) | (std::uint64_t{byte(3)} << 8) |
                           byte(4),
                       static_cast<std::uint32_t>((byte(5) << 8) | byte(6))});
  }
  return entries;
}

}  // namespace

TEST_CASE("pdf text strings: ASCII stays literal, everything else is UTF-16BE with a BOM") {
  CHECK(pdf_text_string("Bar chart (6 roles)") == "(Bar chart \\(6 roles\\))");
  CHECK(pdf_text_string("a\\b") == "(a\\\\b)");
  CHECK(pdf_text_string("薪资") == "<FEFF85AA8D44>");
  CHECK(pdf_text_string("x\n") == "<FEFF0078000A>");
  CHECK(pdf_text_string("😀") == "<FEFFD83DDE00>");
  CHECK(pdf_text_string("\xff") == "<FEFFFFFD>");
  CHECK(pdf_text_string("") == "()");
}

TEST_CASE("structure tree: elements point at their parents and pages, kids in order") {
  const SerialisedStructure s = serialise_structure(small_tree(), {{10, 20}, 100, 0, 64});
  CHECK(s.root == 100);
  const std::string& root = object_numbered(s, 100).body;
  CHECK(root.find("/Type /StructTreeRoot /K 101 0 R") != std::string::npos);
  CHECK(s.parent_tree_next_key == 3);  // two pages, one annotation
  CHECK(object_numbered(s, 101).body == "<< /Type /StructElem /S /Document /P 100 0 R /Lang (zh-CN) /K [102 0 R 103 0 R 104 0 R] >>");
  CHECK(object_numbered(s, 102).body == "<< /Type /StructElem /S /P /P 101 0 R /Pg 10 0 R /K [0 1] >>");
  CHECK(object_numbered(s, 103).body ==
        "<< /Type /StructElem /S /Link /P 101 0 R /Pg 10 0 R /Lang (en) /K [2 << /Type /OBJR /Pg 10 0 R /Obj 7 0 R >>] >>");
  CHECK(object_numbered(s, 104).body == "<< /Type /StructElem /S /P /P 101 0 R /Pg 20 0 R /K [0] >>");
  REQUIRE(s.annotation_order.size() == 1);
  CHECK(s.annotation_order[0].object_number == 7);
  // One leaf holds all three keys: page 0's MCIDs, page 1's, the annotation.
  bool found_leaf = false;
  for (const PdfObject& object : s.objects) {
    if (object.body.find("/Nums") == std::string::npos) continue;
    CHECK(object.body == "<< /Limits [0 2] /Nums [0 [102 0 R 102 0 R 103 0 R] 1 [104 0 R] 2 103 0 R] >>");
    found_leaf = true;
  }
  CHECK(found_leaf);
}

TEST_CASE("structure tree: marked content on another page than the element's is an MCR") {
  StructureTree tree;
  tree.elements.push_back({"Document", "", "", "", {ChildElement{1}}});
  tree.elements.push_back({"P", "", "", "", {MarkedContentRef{0, 0}, MarkedContentRef{1, 0}}});
  const SerialisedStructure s = serialise_structure(tree, {{10, 20}, 50, 0, 64});
  CHECK(object_numbered(s, 52).body ==
        "<< /Type /StructElem /S /P /P 51 0 R /Pg 10 0 R /K [0 << /Type /MCR /Pg 20 0 R /MCID 0 >>] >>");
}

TEST_CASE("structure tree: alt and actual text are text strings") {
  StructureTree tree;
  tree.elements.push_back({"Document", "", "", "", {ChildElement{1}}});
  tree.elements.push_back({"Figure", "", "柱状图", "x", {MarkedContentRef{0, 0}}});
  const SerialisedStructure s = serialise_structure(tree, {{10}, 50, 0, 64});
  CHECK(object_numbered(s, 52).body.find("/Alt <FEFF67F172B656FE> /ActualText (x)") != std::string::npos);
}

TEST_CASE("structure tree: what is not a tree is refused") {
  StructureTree two_parents = small_tree();
  two_parents.elements[3].kids.push_back(ChildElement{1});
  CHECK_THROWS_AS(serialise_structure(two_parents, {{10, 20}, 100, 0, 64}), std::invalid_argument);

  StructureTree orphan = small_tree();
  orphan.elements[0].kids.pop_back();
  CHECK_THROWS_AS(serialise_structure(orphan, {{10, 20}, 100, 0, 64}), std::invalid_argument);

  StructureTree cycle;
  cycle.elements.push_back({"Document", "", "", "", {}});
  cycle.elements.push_back({"P", "", "", "", {ChildElement{2}}});
  cycle.elements.push_back({"P", "", "", "", {ChildElement{1}}});
  CHECK_THROWS_AS(serialise_structure(cycle, {{10}, 100, 0, 64}), std::invalid_argument);

  StructureTree twice = small_tree();
  twice.elements[3].kids.push_back(MarkedContentRef{0, 1});
  CHECK_THROWS_AS(serialise_structure(twice, {{10, 20}, 100, 0, 64}), std::invalid_argument);

  StructureTree off_document = small_tree();
  off_document.elements[3].kids.push_back(MarkedContentRef{2, 0});
  CHECK_THROWS_AS(serialise_structure(off_document, {{10, 20}, 100, 0, 64}), std::invalid_argument);

  CHECK_THROWS_AS(serialise_structure(StructureTree{}, {{10}, 100, 0, 64}), std::invalid_argument);
}

TEST_CASE("structure tree: the parent tree is a balanced number tree whatever the page count") {
  for (const std::size_t pages : {1u, 4u, 5u, 17u, 1000u}) {
    CAPTURE(pages);
    StructureTree tree;
    tree.elements.push_back({"Document", "", "", "", {}});
    std::vector<int> page_objects;
    for (std::size_t p = 0; p < pages; ++p) {
      page_objects.push_back(static_cast<int>(10 + p));
      tree.elements[0].kids.push_back(ChildElement{tree.elements.size()});
      tree.elements.push_back({"P", "", "", "", {MarkedContentRef{p, 0}}});
    }
    const SerialisedStructure s = serialise_structure(tree, {page_objects, 5000, 0, 4});
    // Every key once, every array at most the fan-out, each node's limits true.
    std::multiset<int> keys;
    const std::regex nums(R"(/Nums \[(.*)\])");
    const std::regex pair(R"((\d+) \[)");
    const std::regex kids(R"(/Kids \[([^\]]*)\])");
    for (const PdfObject& object : s.objects) {
      std::smatch m;
      if (std::regex_search(object.body, m, nums)) {
        const std::string inner = m[1];
        int count = 0;
        for (auto it = std::sregex_iterator(inner.begin(), inner.end(), pair); it != std::sregex_iterator(); ++it) {
          keys.insert(std::stoi((*it)[1]));
          ++count;
        }
        CHECK(count <= 4);
      } else if (std::regex_search(object.body, m, kids)) {
        const std::string inner = m[1];
        CHECK(std::count(inner.begin(), inner.end(), 'R') <= 4);
      }
    }
    REQUIRE(keys.size() == pages);
    for (std::size_t p = 0; p < pages; ++p) CHECK(keys.count(static_cast<int>(p)) == 1);
  }
}

TEST_CASE("object streams: libharu's objects keep their offsets, added ones are found through the xref stream") {
  const std::vector<std::uint8_t> haru = haru_shaped_file();
  REQUIRE(saved_object_count(haru) == 4);
  AddedObjects added;
  added.plain.push_back({4, "<< /Type /Metadata >>"});
  for (int n = 5; n < 5 + 450; ++n) added.compressed.push_back({n, "<< /N " + std::to_string(n) + " >>"});
  const std::vector<std::uint8_t> bytes = append_objects(haru, added);
  const std::string file(bytes.begin(), bytes.end());
  const std::string original(haru.begin(), haru.end());
  CHECK(file.compare(0, original.find("xref"), original, 0, original.find("xref")) == 0);
  CHECK(file.find("trailer") == std::string::npos);
  CHECK(file.find("/Root 1 0 R /Info 3 0 R") != std::string::npos);

  const std::vector<XrefEntry> entries = read_xref_stream(file);
  // 4 of libharu's, 1 plain, 450 compressed, 3 object streams, the xref stream.
  REQUIRE(entries.size() == 4 + 1 + 450 + 3 + 1);
  CHECK(entries[0].type == 0);
  for (int n = 1; n <= 4; ++n) {
    CAPTURE(n);
    REQUIRE(entries[n].type == 1);
    CHECK(file.compare(entries[n].field2, std::to_string(n).size() + 6, std::to_string(n) + " 0 obj") == 0);
  }
  std::map<std::uint64_t, std::string> streams;
  for (int n = 5; n < 455; ++n) {
    CAPTURE(n);
    REQUIRE(entries[n].type == 2);
    const std::uint64_t stream = entries[n].field2;
    CHECK(stream >= 455);
    CHECK(stream <= 457);
    if (!streams.count(stream)) {
      const std::uint64_t at = entries[stream].field2;
      const std::string head = file.substr(at, 200);
      const std::size_t length = std::stoul(head.substr(head.find("/Length ") + 8));
      const std::size_t first = std::stoul(head.substr(head.find("/First ") + 7));
      const std::size_t data_at = at + head.find("stream\n") + 7;
      streams[stream] = inflate(file.substr(data_at, length)).substr(first);
    }
    // The index-th object of its stream starts with its own body.
    const std::string body = "<< /N " + std::to_string(n) + " >>";
    CHECK(streams[stream].find(body) != std::string::npos);
  }
  CHECK(entries[458].type == 1);
  CHECK(file.compare(entries[458].field2, 10, "458 0 obj\n") == 0);
  CHECK(file.substr(file.size() - 6) == "%%EOF\n");
}

TEST_CASE("object streams: wrong numbers and files not shaped as libharu's are refused") {
  const std::vector<std::uint8_t> haru = haru_shaped_file();
  AddedObjects gap;
  gap.compressed.push_back({5, "<< >>"});
  CHECK_THROWS_AS(append_objects(haru, gap), PdfError);
  AddedObjects taken;
  taken.compressed.push_back({3, "<< >>"});
  CHECK_THROWS_AS(append_objects(haru, taken), PdfError);
  AddedObjects twice;
  twice.compressed.push_back({4, "<< >>"});
  twice.plain.push_back({4, "<< >>"});
  CHECK_THROWS_AS(append_objects(haru, twice), PdfError);
  const std::string junk = "%PDF-1.5\nno table here\n%%EOF\n";
  CHECK_THROWS_AS(append_objects({junk.begin(), junk.end()}, AddedObjects{}), PdfError);
  std::string lying(haru.begin(), haru.end());
  lying.replace(lying.find("/Size 4"), 7, "/Size 5");
  CHECK_THROWS_AS(append_objects({lying.begin(), lying.end()}, AddedObjects{}), PdfError);
}

TEST_CASE("marked content: one sequence per run of equal tags, MCIDs counted per page, kids in drawing order") {
  StructureTree tree;
  tree.elements.push_back({"Document", "", "", "", {ChildElement{1}, ChildElement{2}}});
  tree.elements.push_back({"H1", "", "", "", {}});
  tree.elements.push_back({"P", "", "", "", {}});
  MarkedContent marks(tree);
  marks.start_page(0);
  CHECK(marks.switch_to({std::nullopt, ArtifactKind::kPagination}) == "/Artifact <</Type /Pagination>> BDC\n");
  CHECK(marks.switch_to({1}) == "EMC\n/H1 <</MCID 0>> BDC\n");
  CHECK(marks.switch_to({1}).empty());
  CHECK(marks.switch_to({2}) == "EMC\n/P <</MCID 1>> BDC\n");
  CHECK(marks.switch_to({std::nullopt, ArtifactKind::kLayout}) == "EMC\n/Artifact <</Type /Layout>> BDC\n");
  CHECK(marks.switch_to({2}) == "EMC\n/P <</MCID 2>> BDC\n");
  CHECK(marks.finish_page() == "EMC\n");
  CHECK(marks.finish_page().empty());
  marks.start_page(1);
  CHECK(marks.switch_to({2}) == "/P <</MCID 0>> BDC\n");
  CHECK_THROWS_AS(marks.start_page(2), std::logic_error);
  CHECK(marks.finish_page() == "EMC\n");
  CHECK_THROWS_AS(marks.switch_to({7}), std::logic_error);
  const std::vector<StructKid> expected_p{MarkedContentRef{0, 1}, MarkedContentRef{0, 2}, MarkedContentRef{1, 0}};
  REQUIRE(tree.elements[2].kids.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& mark = std::get<MarkedContentRef>(tree.elements[2].kids[i]);
    CHECK(mark.page == std::get<MarkedContentRef>(expected_p[i]).page);
    CHECK(mark.mcid == std::get<MarkedContentRef>(expected_p[i]).mcid);
  }
  CHECK(tree.elements[1].kids.size() == 1);
}

TEST_CASE("structure tree: a reserved root number is used for the root, elements from the first free number") {
  const SerialisedStructure s = serialise_structure(small_tree(), {{10, 20}, 100, 40, 64});
  CHECK(s.root == 40);
  CHECK(object_numbered(s, 40).body.find("/Type /StructTreeRoot /K 100 0 R") != std::string::npos);
  CHECK(object_numbered(s, 100).body.find("/S /Document /P 40 0 R") != std::string::npos);
  CHECK(object_numbered(s, 101).body.find("/S /P /P 100 0 R") != std::string::npos);
}

TEST_CASE("object streams: an added object replaces a placeholder libharu wrote") {
  const std::vector<std::uint8_t> haru = haru_shaped_file();
  AddedObjects added;
  added.compressed = {{2, "<< /Replaced true >>"}, {4, "<< /New true >>"}};
  added.placeholders = {2};
  const std::string file = [&] {
    const std::vector<std::uint8_t> bytes = append_objects(haru, added);
    return std::string(bytes.begin(), bytes.end());
  }();
  const std::vector<XrefEntry> entries = read_xref_stream(file);
  REQUIRE(entries.size() == 4 + 1 + 1 + 1);  // libharu's 4, one new, one object stream, the xref stream
  CHECK(entries[2].type == 2);
  CHECK(entries[4].type == 2);
  CHECK(entries[1].type == 1);
  AddedObjects unreplaced;
  unreplaced.compressed = {{4, "<< >>"}};
  unreplaced.placeholders = {2};
  CHECK_THROWS_AS(append_objects(haru, unreplaced), PdfError);
  AddedObjects not_haru;
  not_haru.compressed = {{4, "<< >>"}, {5, "<< >>"}};
  not_haru.placeholders = {5};
  CHECK_THROWS_AS(append_objects(haru, not_haru), PdfError);
}

TEST_CASE("marked content: an /ActualText span inside an element is a sequence of that element, not nested") {
  StructureTree tree;
  tree.elements.push_back({"Document", "", "", "", {ChildElement{1}}});
  tree.elements.push_back({"P", "", "", "", {}});
  MarkedContent marks(tree);
  marks.start_page(0);
  CHECK(marks.switch_to({1}) == "/P <</MCID 0>> BDC\n");
  CHECK(marks.begin_actual_text("<FEFF0041>") == "EMC\n/Span <</MCID 1 /ActualText <FEFF0041>>> BDC\n");
  CHECK(marks.switch_to({1}).empty());  // the element's next run is inside the span
  CHECK(marks.end_actual_text() == "EMC\n");
  CHECK(marks.switch_to({1}) == "/P <</MCID 2>> BDC\n");
  CHECK(tree.elements[1].kids.size() == 3);
  // In an artifact, or outside any sequence, the span nests as it always did.
  CHECK(marks.switch_to({std::nullopt, ArtifactKind::kLayout}) == "EMC\n/Artifact <</Type /Layout>> BDC\n");
  CHECK(marks.begin_actual_text("<FEFF0042>") == "/Span <</ActualText <FEFF0042>>> BDC\n");
  CHECK(marks.end_actual_text() == "EMC\n");
  CHECK(marks.finish_page() == "EMC\n");
}

namespace {

careerguide::page::TextRun run_at(double y, std::string text) {
  careerguide::page::TextRun run;
  run.baseline = {60, y};
  run.utf8 = std::move(text);
  return run;
}

}  // namespace

TEST_CASE("structure plan: roles become elements in reading order, artifacts and loose text are placed") {
  using namespace careerguide::page;
  const ElementRef heading = make_element(Role::kHeading, nullptr, 2);
  const ElementRef list = make_element(Role::kList);
  const ElementRef item = make_element(Role::kListItem, list);
  const ElementRef label = make_element(Role::kLabel, item);
  const ElementRef body = make_element(Role::kListBody, item);
  const ElementRef footer = make_element(Role::kArtifact);
  std::size_t id = 1;
  for (const ElementRef& e : {heading, list, item, label, body, footer}) e->id = id++;

  Page first;
  first.size = {595, 842};
  first.push(run_at(100, "Title without a role"));  // 0: loose text
  first.push(run_at(112, "its second line"));       // 1: same paragraph
  first.push(run_at(200, "核心技能"));               // 2: heading
  first.group_from(2, heading);
  first.push(run_at(230, "1"));                     // 3: label
  first.group_from(3, label);
  const std::size_t line = first.items.size();
  first.push(run_at(230, "body"));                  // 4: body, also in item and list (same range)
  first.push(Link{{60, 220, 40, 12}, -1, 0, "https://example.com"});  // 5: a link inside the body
  first.group_from(line, body);
  first.group_from(line, item);
  first.group_from(line, list);
  first.group_from(3, item);
  first.push(Box{{0, 0, 10, 10}, careerguide::geom::Color{}, std::nullopt});  // 6: a shape
  const std::size_t foot = first.items.size();
  first.push(run_at(820, "第 4 页"));               // 7: footer artifact in the margin
  first.group_from(foot, footer);

  Page continued;  // a continuation page: its first content is the same body
  continued.size = {595, 842};
  continued.push(run_at(100, "more body"));
  continued.group_from(0, body);

  Page other;  // a new page kind
  other.size = {595, 842};
  other.push(run_at(100, "Closing"));

  StructurePlanner planner("zh-CN");
  const std::vector<ContentTag> tags = planner.tag_page(first);
  const std::vector<ContentTag> more = planner.tag_page(continued);
  const std::vector<ContentTag> last = planner.tag_page(other);
  const StructureTree& tree = planner.tree();
  const auto type_of = [&](const ContentTag& tag) { return tag.element ? tree.elements[*tag.element].type : ""; };
  REQUIRE(tags.size() == 8);
  CHECK(type_of(tags[0]) == "P");
  CHECK(tags[1] == tags[0]);
  CHECK(type_of(tags[2]) == "H2");
  CHECK(type_of(tags[3]) == "Lbl");
  CHECK(type_of(tags[4]) == "LBody");
  CHECK(type_of(tags[5]) == "Link");
  CHECK_FALSE(tags[6].element);
  CHECK(tags[6].artifact == ArtifactKind::kLayout);
  CHECK_FALSE(tags[7].element);
  CHECK(tags[7].artifact == ArtifactKind::kPagination);
  CHECK(more[0] == tags[4]);  // the continued body is the same element
  // Document > Sect (both first pages) and Sect (the other page).
  const std::vector<StructKid>& sects = tree.elements[0].kids;
  REQUIRE(sects.size() == 2);
  const StructElement& sect = tree.elements[std::get<ChildElement>(sects[0]).index];
  CHECK(sect.type == "Sect");
  std::vector<std::string> kinds;
  for (const StructKid& kid : sect.kids) kinds.emplace_back(tree.elements[std::get<ChildElement>(kid).index].type);
  CHECK(kinds == std::vector<std::string>{"P", "H2", "L"});
  CHECK(type_of(last[0]) == "P");
  CHECK(tree.elements[std::get<ChildElement>(sects[1]).index].kids.size() == 1);
  CHECK(link_description(Link{{}, 4, 0, ""}, "zh-CN") == "第 5 页");
  CHECK(link_description(Link{{}, 4, 0, ""}, "en") == "page 5");
  CHECK(link_description(Link{{}, -1, 0, "https://x.org"}, "en") == "https://x.org");
}

TEST_CASE("structure plan: page titles, contents, figures and other-language titles") {
  using namespace careerguide::page;
  const ElementRef title = make_element(Role::kHeading, nullptr, 1);
  const ElementRef english = make_element(Role::kParagraph);
  english->language = "en";
  const ElementRef toc = make_element(Role::kToc);
  const ElementRef entry = make_element(Role::kTocEntry, toc);
  const ElementRef link = make_element(Role::kLink, entry);
  const ElementRef dots = make_element(Role::kArtifact);
  const ElementRef figure = make_element(Role::kFigure);
  figure->alt = "柱状图：提示工程师 $127,000。";
  std::size_t id = 1;
  for (const ElementRef& e : {title, english, toc, entry, link, dots, figure}) e->id = id++;

  Page page;
  page.size = {595, 842};
  page.push(run_at(127, "目录"));
  page.group_from(0, title);
  page.push(run_at(151, "Contents"));
  page.group_from(1, english);
  page.push(run_at(200, "提示工程师"));                          // 2: the entry's title, in its Link
  page.push(Link{{60, 190, 400, 20}, 3, 0, ""});                  // 3: the entry's annotation
  page.groups.push_back({2, 4, link});
  page.push(Line{{200, 198}, {500, 198}, Stroke{}});             // 4: leader dots
  page.groups.push_back({4, 5, dots});
  page.push(run_at(200, "4"));                                    // 5: the page number
  page.groups.push_back({2, 6, entry});
  page.push(Box{{60, 300, 100, 50}, careerguide::geom::Color{}, std::nullopt});  // 6: in the figure
  page.group_from(6, figure);

  StructurePlanner planner("zh-CN");
  const std::vector<ContentTag> tags = planner.tag_page(page);
  const StructureTree& tree = planner.tree();
  const auto element = [&](std::size_t i) -> const StructElement& { return tree.elements[*tags[i].element]; };
  REQUIRE(tags.size() == 7);
  CHECK(element(0).type == "H1");
  CHECK(element(1).type == "P");
  CHECK(element(1).language == "en");
  CHECK(element(2).type == "Link");
  CHECK(tags[3] == tags[2]);  // the annotation belongs to the entry's Link, no Link of its own
  CHECK_FALSE(tags[4].element);
  CHECK(element(5).type == "TOCI");
  CHECK(element(6).type == "Figure");
  CHECK(element(6).alt == "柱状图：提示工程师 $127,000。");
  // TOC > TOCI > Link, in the Sect.
  const StructElement& toci = element(5);
  REQUIRE_FALSE(toci.kids.empty());
  CHECK(tree.elements[std::get<ChildElement>(toci.kids[0]).index].type == "Link");
  const StructElement& sect = tree.elements[std::get<ChildElement>(tree.elements[0].kids[0]).index];
  std::vector<std::string> kinds;
  for (const StructKid& kid : sect.kids) kinds.emplace_back(tree.elements[std::get<ChildElement>(kid).index].type);
  CHECK(kinds == std::vector<std::string>{"H1", "P", "TOC", "Figure"});
}

namespace {

/// Pages 10–13 (A4, A4, Letter, 800 pt high); the /Outlines dictionary is
/// object 5, the items take 100 on.
OutlineContext outline_context() { return {{10, 11, 12, 13}, {841.89, 841.89, 792, 800}, 5, 100}; }

std::string body_of(const std::vector<PdfObject>& objects, int number) {
  for (const PdfObject& object : objects) {
    if (object.number == number) return object.body;
  }
  FAIL("no object " << number);
  return {};
}

}  // namespace

TEST_CASE("outline: H1 bookmarks at the top level and closed, each H2 under the H1 before it, in order") {
  const std::vector<careerguide::page::Bookmark> marks{
      {"A", 0, 0, 1}, {"a1", 0, 100, 2}, {"a2", 1, 12.34, 2}, {"B", 2, 0, 1}, {"C", 3, 0, 1}, {"c1", 3, 50.5, 2}};
  const std::vector<PdfObject> objects = serialise_outline(marks, outline_context());
  REQUIRE(objects.size() == 7);
  CHECK(objects[0].number == 5);
  CHECK(objects[0].body == "<< /Type /Outlines /First 100 0 R /Last 104 0 R /Count 3 >>");
  CHECK(body_of(objects, 100) ==
        "<< /Title (A) /Parent 5 0 R /Next 103 0 R /First 101 0 R /Last 102 0 R /Count -2 "
        "/Dest [10 0 R /XYZ null 841.89 null] >>");
  CHECK(body_of(objects, 101) == "<< /Title (a1) /Parent 100 0 R /Next 102 0 R /Dest [10 0 R /XYZ null 741.89 null] >>");
  CHECK(body_of(objects, 102) == "<< /Title (a2) /Parent 100 0 R /Prev 101 0 R /Dest [11 0 R /XYZ null 829.55 null] >>");
  CHECK(body_of(objects, 103) == "<< /Title (B) /Parent 5 0 R /Prev 100 0 R /Next 104 0 R /Dest [12 0 R /XYZ null 792 null] >>");
  CHECK(body_of(objects, 104) ==
        "<< /Title (C) /Parent 5 0 R /Prev 103 0 R /First 105 0 R /Last 105 0 R /Count -1 "
        "/Dest [13 0 R /XYZ null 800 null] >>");
  CHECK(body_of(objects, 105) == "<< /Title (c1) /Parent 104 0 R /Dest [13 0 R /XYZ null 749.5 null] >>");
}

TEST_CASE("outline: Chinese titles are UTF-16, a section before any page title stays at the top level") {
  const std::vector<careerguide::page::Bookmark> marks{{"概述", 0, 0, 2}, {"目录", 1, 0, 1}};
  const std::vector<PdfObject> objects = serialise_outline(marks, outline_context());
  CHECK(objects[0].body == "<< /Type /Outlines /First 100 0 R /Last 101 0 R /Count 2 >>");
  CHECK(body_of(objects, 100) ==
        "<< /Title <FEFF69828FF0> /Parent 5 0 R /Next 101 0 R /Dest [10 0 R /XYZ null 841.89 null] >>");
  CHECK(body_of(objects, 101).find("/Title <FEFF76EE5F55> /Parent 5 0 R /Prev 100 0 R") != std::string::npos);
}

TEST_CASE("outline: an empty outline is a root without items, and a page outside the document is refused") {
  const std::vector<PdfObject> empty = serialise_outline({}, outline_context());
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].body == "<< /Type /Outlines >>");
  CHECK_THROWS_AS(serialise_outline({{"X", 4, 0, 1}}, outline_context()), std::invalid_argument);
  CHECK_THROWS_AS(serialise_outline({{"X", -1, 0, 1}}, outline_context()), std::invalid_argument);
}

TEST_CASE("object streams: packed before the file is at hand, they append the same bytes") {
  const std::vector<std::uint8_t> haru = haru_shaped_file();
  AddedObjects added;
  added.plain.push_back({4, "<< /Type /Metadata >>"});
  for (int n = 5; n < 5 + 450; ++n) added.compressed.push_back({n, "<< /N " + std::to_string(n) + " >>"});
  const std::vector<std::uint8_t> at_once = append_objects(haru, added);
  const PackedObjects packed = pack_objects(added, 4);
  CHECK(packed.streams.size() == 3);  // 200, 200 and 50 objects
  CHECK(packed.streams.back().numbers.size() == 50);
  const std::vector<std::uint8_t> later = append_objects(haru, packed);
  CHECK(later == at_once);
  CHECK(later.size() <= haru.size() + packed.tail_size);
  // Numbered for a file of another size: refused, not written with wrong numbers.
  CHECK_THROWS_AS(append_objects(haru, pack_objects(added, 3)), PdfError);
  AddedObjects shifted;
  for (int n = 6; n < 10; ++n) shifted.compressed.push_back({n, "<< >>"});
  CHECK_THROWS_WITH_AS(append_objects(haru, pack_objects(shifted, 6)),
                       "the added objects are numbered after 6 objects, but the saved file has 4", PdfError);
  CHECK_THROWS_AS(pack_objects(AddedObjects{}, 0), PdfError);
}
