#include "pdf/tagging.h"

#include <ctime>
#include <unordered_map>
#include <variant>

#include <fmt/format.h>

#include "pdf/haru_internals.h"

namespace careerguide::pdf {
namespace {

std::string xml_escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // XML 1.0 allows no C0 controls but tab, newline and return.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string iso_date(std::int64_t unix_seconds) {
  const std::tm utc = utc_calendar_time(unix_seconds);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec);
}

HPDF_Dict new_dict(const HaruDocument& doc) {
  return doc.check_handle(HPDF_Dict_New(haru::memory_manager(doc.get())), "HPDF_Dict_New");
}

void add_true(const HaruDocument& doc, HPDF_Dict dict, const char* key) {
  HPDF_Boolean value = doc.check_handle(HPDF_Boolean_New(haru::memory_manager(doc.get()), HPDF_TRUE),
                                        "HPDF_Boolean_New");
  doc.check(HPDF_Dict_Add(dict, key, value), "HPDF_Dict_Add");
}

/// A text string as libharu's binary object, written `<FEFF…>`: libharu's
/// own strings stop at the first zero byte, which UTF-16 is full of.
HPDF_Binary utf16_text(const HaruDocument& doc, std::string_view utf8) {
  std::string bytes = utf16be_with_bom(utf8);
  return doc.check_handle(HPDF_Binary_New(haru::memory_manager(doc.get()), reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                                          static_cast<HPDF_UINT>(bytes.size())),
                          "HPDF_Binary_New");
}

}  // namespace

std::string xmp_metadata(const page::Metadata& meta, const WriteOptions& options) {
  const std::string date = iso_date(options.creation_time);
  const std::string producer = fmt::format("{} (libharu {})", options.producer, HPDF_GetVersion());
  std::string xmp =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
  if (!meta.title.empty()) {
    xmp += fmt::format("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n",
                       xml_escaped(meta.title));
  }
  if (!meta.author.empty()) {
    xmp += fmt::format("<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n", xml_escaped(meta.author));
  }
  if (!meta.language.empty()) {
    xmp += fmt::format("<dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n",
                       xml_escaped(meta.language));
  }
  xmp += fmt::format("<pdf:Producer>{}</pdf:Producer>\n", xml_escaped(producer));
  if (!meta.keywords.empty()) xmp += fmt::format("<pdf:Keywords>{}</pdf:Keywords>\n", xml_escaped(meta.keywords));
  xmp += fmt::format("<xmp:CreatorTool>{}</xmp:CreatorTool>\n", xml_escaped(options.producer));
  xmp += fmt::format("<xmp:CreateDate>{0}</xmp:CreateDate>\n<xmp:ModifyDate>{0}</xmp:ModifyDate>\n", date);
  xmp += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
  return xmp;
}

Tagging::Tagging(const HaruDocument& doc, const PageTable& pages, StructureTree tree,
                 const std::vector<DrawnLink>& links, const page::Metadata& meta, const WriteOptions& options)
    : tree_(std::move(tree)), xmp_(xmp_metadata(meta, options)) {
  HPDF_Doc pdf = doc.get();
  for (const DrawnLink& link : links) {
    tree_.elements.at(link.element).kids.push_back(AnnotationRef{link.page, haru::object_number(link.annotation)});
  }
  for (std::size_t i = 0; i < pages.pages.size(); ++i) {
    page_objects_.push_back(haru::object_number(pages.pages[i]));
    doc.check(HPDF_Dict_AddNumber(pages.pages[i], "StructParents", static_cast<HPDF_INT32>(i)),
              "HPDF_Dict_AddNumber(StructParents)");
    doc.check(HPDF_Dict_AddName(pages.pages[i], "Tabs", "S"), "HPDF_Dict_AddName(Tabs)");
  }
  // The ParentTree keys annotations after the pages, in the tree's order.
  std::unordered_map<int, const DrawnLink*> link_of_object;
  for (const DrawnLink& link : links) link_of_object.emplace(haru::object_number(link.annotation), &link);
  const std::vector<AnnotationRef> order = annotations_in_key_order(tree_);
  for (std::size_t k = 0; k < order.size(); ++k) {
    const DrawnLink& link = *link_of_object.at(order[k].object_number);
    const auto key = static_cast<HPDF_INT32>(pages.pages.size() + k);
    doc.check(HPDF_Dict_AddNumber(link.annotation, "StructParent", key), "HPDF_Dict_AddNumber(StructParent)");
    doc.check(HPDF_Dict_Add(link.annotation, "Contents", utf16_text(doc, link.description)),
              "HPDF_Dict_Add(Contents)");
  }

  HPDF_Dict catalog = haru::catalog(pdf);
  HPDF_Dict mark_info = new_dict(doc);
  add_true(doc, mark_info, "Marked");
  doc.check(HPDF_Dict_Add(catalog, "MarkInfo", mark_info), "HPDF_Dict_Add(MarkInfo)");
  HPDF_Dict viewer = new_dict(doc);
  add_true(doc, viewer, "DisplayDocTitle");
  doc.check(HPDF_Dict_Add(catalog, "ViewerPreferences", viewer), "HPDF_Dict_Add(ViewerPreferences)");
  HPDF_Null root = doc.check_handle(haru::reserve_object(pdf), "HPDF_Xref_Add", "the structure tree");
  HPDF_Null metadata = doc.check_handle(haru::reserve_object(pdf), "HPDF_Xref_Add", "the XMP metadata");
  root_number_ = haru::object_number(root);
  metadata_number_ = haru::object_number(metadata);
  doc.check(HPDF_Dict_Add(catalog, "StructTreeRoot", root), "HPDF_Dict_Add(StructTreeRoot)");
  doc.check(HPDF_Dict_Add(catalog, "Metadata", metadata), "HPDF_Dict_Add(Metadata)");
  haru::set_pdf_version(pdf, HPDF_VER_15);  // object and cross-reference streams
}

void Tagging::pack_into(ObjectPacker& packer, int first_number) const {
  StructureContext context;
  context.page_objects = page_objects_;
  context.first_number = first_number;
  context.root_number = root_number_;
  serialise_structure(tree_, context, [&packer](PdfObject&& object) { packer.add_compressed(std::move(object)); });
  packer.add_plain({metadata_number_, fmt::format("<< /Type /Metadata /Subtype /XML /Length {} >>\nstream\n{}\nendstream",
                                                  xmp_.size(), xmp_)});
  packer.add_placeholder(root_number_);
  packer.add_placeholder(metadata_number_);
}

}  // namespace careerguide::pdf
