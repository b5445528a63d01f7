#include "pdf/structure_tree.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>

#include "text/utf8.h"

namespace careerguide::pdf {
namespace {

std::string reference(int number) { return fmt::format("{} 0 R", number); }

/// One entry of the ParentTree before it is split into nodes.
struct ParentEntry {
  int key = 0;
  std::string value;  ///< an array of element references, or one reference
};

/// Who owns what: the parent of every element and the element of every
/// marked-content sequence, checked as they are found.
class TreeIndex {
 public:
  TreeIndex(const StructureTree& tree, const StructureContext& context)
      : parents_(tree.elements.size()), marks_(context.page_objects.size()) {
    if (tree.elements.empty()) throw std::invalid_argument("structure tree without elements");
    for (std::size_t i = 0; i < tree.elements.size(); ++i) {
      for (const StructKid& kid : tree.elements[i].kids) visit(i, kid, context);
    }
    for (std::size_t i = 1; i < parents_.size(); ++i) {
      if (!parents_[i]) throw std::invalid_argument(fmt::format("structure element {} has no parent", i));
    }
    if (parents_[0]) throw std::invalid_argument("the top structure element has a parent");
    check_acyclic();
  }

  std::optional<std::size_t> parent(std::size_t element) const { return parents_[element]; }
  /// Element that owns each MCID of `page`, by MCID; nullopt for a gap.
  const std::vector<std::optional<std::size_t>>& marks(std::size_t page) const { return marks_[page]; }

 private:
  void visit(std::size_t owner, const StructKid& kid, const StructureContext& context) {
    if (const auto* element = std::get_if<ChildElement>(&kid)) {
      if (element->index >= parents_.size()) {
        throw std::invalid_argument(fmt::format("structure element {} does not exist", element->index));
      }
      if (parents_[element->index] || element->index == 0) {
        throw std::invalid_argument(fmt::format("structure element {} has two parents", element->index));
      }
      parents_[element->index] = owner;
    } else if (const auto* mark = std::get_if<MarkedContentRef>(&kid)) {
      if (mark->page >= marks_.size() || mark->mcid < 0) {
        throw std::invalid_argument(fmt::format("marked content {} on page {} is outside the document",
                                                mark->mcid, mark->page));
      }
      auto& page = marks_[mark->page];
      const auto mcid = static_cast<std::size_t>(mark->mcid);
      if (page.size() <= mcid) page.resize(mcid + 1);
      if (page[mcid]) {
        throw std::invalid_argument(fmt::format("MCID {} on page {} is claimed twice", mark->mcid, mark->page));
      }
      page[mcid] = owner;
    } else if (std::get<AnnotationRef>(kid).page >= context.page_objects.size()) {
      throw std::invalid_argument("a link annotation on a page outside the document");
    }
  }

  void check_acyclic() const {
    // With one parent each and element 0 parentless, a cycle is a chain
    // that never reaches element 0.
    for (std::size_t i = 1; i < parents_.size(); ++i) {
      std::size_t at = i;
      for (std::size_t steps = 0; at != 0; ++steps) {
        if (steps > parents_.size()) throw std::invalid_argument("the structure tree has a cycle");
        at = *parents_[at];
      }
    }
  }

  std::vector<std::optional<std::size_t>> parents_;
  std::vector<std::vector<std::optional<std::size_t>>> marks_;
};

/// The page an element's marked content is on: that of its first direct
/// marked-content kid, else of its first annotation; nullopt when it has none.
std::optional<std::size_t> element_page(const StructElement& element) {
  for (const StructKid& kid : element.kids) {
    if (const auto* mark = std::get_if<MarkedContentRef>(&kid)) return mark->page;
  }
  for (const StructKid& kid : element.kids) {
    if (const auto* annotation = std::get_if<AnnotationRef>(&kid)) return annotation->page;
  }
  return std::nullopt;
}

/// Writes the ParentTree as a balanced number tree of at most `fanout` kids
/// per node, numbering its nodes from `next_number`; returns its root's number.
int write_number_tree(std::vector<ParentEntry> entries, std::size_t fanout, int& next_number,
                      std::vector<PdfObject>& out) {
  struct Node {
    int number;
    int low;
    int high;
  };
  std::vector<Node> level;
  for (std::size_t start = 0; start < entries.size(); start += fanout) {
    const std::size_t end = std::min(entries.size(), start + fanout);
    std::string nums;
    for (std::size_t i = start; i < end; ++i) {
      nums += fmt::format("{}{} {}", i == start ? "" : " ", entries[i].key, entries[i].value);
    }
    const Node node{next_number++, entries[start].key, entries[end - 1].key};
    out.push_back({node.number, fmt::format("<< /Limits [{} {}] /Nums [{}] >>", node.low, node.high, nums)});
    level.push_back(node);
  }
  while (level.size() > 1) {
    std::vector<Node> parents;
    for (std::size_t start = 0; start < level.size(); start += fanout) {
      const std::size_t end = std::min(level.size(), start + fanout);
      std::string kids;
      for (std::size_t i = start; i < end; ++i) kids += (i == start ? "" : " ") + reference(level[i].number);
      const Node node{next_number++, level[start].low, level[end - 1].high};
      out.push_back({node.number, fmt::format("<< /Limits [{} {}] /Kids [{}] >>", node.low, node.high, kids)});
      parents.push_back(node);
    }
    level = std::move(parents);
  }
  const int root = next_number++;
  out.push_back({root, level.empty() ? "<< /Nums [] >>" : fmt::format("<< /Kids [{}] >>", reference(level[0].number))});
  return root;
}

}  // namespace

std::string pdf_text_string(std::string_view utf8) {
  const bool plain = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
  if (plain) {
    std::string literal = "(";
    for (char c : utf8) {
      if (c == '(' || c == ')' || c == '\\') literal += '\\';
      literal += c;
    }
    return literal + ")";
  }
  std::string hex = "<";
  for (char byte : utf16be_with_bom(utf8)) hex += fmt::format("{:02X}", static_cast<unsigned char>(byte));
  return hex + ">";
}

std::string utf16be_with_bom(std::string_view utf8) {
  std::string bytes = "\xFE\xFF";
  const auto append_unit = [&](std::uint32_t unit) {
    bytes += static_cast<char>(unit >> 8);
    bytes += static_cast<char>(unit & 0xFF);
  };
  text::for_each_code_point(utf8, [&](char32_t cp) {
    if (cp < 0x10000) {
      append_unit(static_cast<std::uint32_t>(cp));
    } else {
      const std::uint32_t v = static_cast<std::uint32_t>(cp) - 0x10000;
      append_unit(0xD800 + (v >> 10));
      append_unit(0xDC00 + (v & 0x3FF));
    }
  });
  return bytes;
}

std::vector<AnnotationRef> annotations_in_key_order(const StructureTree& tree) {
  std::vector<AnnotationRef> order;
  for (const StructElement& element : tree.elements) {
    for (const StructKid& kid : element.kids) {
      if (const auto* annotation = std::get_if<AnnotationRef>(&kid)) order.push_back(*annotation);
    }
  }
  return order;
}

SerialisedStructure serialise_structure(const StructureTree& tree, const StructureContext& context) {
  std::vector<PdfObject> objects;
  SerialisedStructure result =
      serialise_structure(tree, context, [&objects](PdfObject&& object) { objects.push_back(std::move(object)); });
  result.objects = std::move(objects);
  return result;
}

SerialisedStructure serialise_structure(const StructureTree& tree, const StructureContext& context,
                                        const std::function<void(PdfObject&&)>& emit) {
  if (context.fanout < 2) throw std::invalid_argument("a number tree needs a fan-out of at least 2");
  const TreeIndex index(tree, context);
  SerialisedStructure result;
  result.root = context.root_number != 0 ? context.root_number : context.first_number;
  const int first_element = context.root_number != 0 ? context.first_number : context.first_number + 1;
  const auto element_number = [&](std::size_t element) { return first_element + static_cast<int>(element); };

  // The ParentTree first (the root names it), emitted after the elements.
  std::vector<ParentEntry> entries;
  const std::size_t pages = context.page_objects.size();
  for (std::size_t page = 0; page < pages; ++page) {
    const auto& marks = index.marks(page);
    if (marks.empty()) continue;
    std::string owners;
    for (const auto& owner : marks) {
      if (!owners.empty()) owners += ' ';
      owners += owner ? reference(element_number(*owner)) : "null";
    }
    entries.push_back({static_cast<int>(page), "[" + owners + "]"});
  }
  // Annotations are keyed after the pages, in the order the tree meets them
  // (annotations_in_key_order).
  int key = static_cast<int>(pages);
  for (std::size_t i = 0; i < tree.elements.size(); ++i) {
    for (const StructKid& kid : tree.elements[i].kids) {
      if (!std::holds_alternative<AnnotationRef>(kid)) continue;
      result.annotation_order.push_back(std::get<AnnotationRef>(kid));
      entries.push_back({key++, reference(element_number(i))});
    }
  }
  result.parent_tree_next_key = key;
  int next_number = element_number(tree.elements.size());
  std::vector<PdfObject> parent_tree_nodes;
  const int parent_tree = write_number_tree(std::move(entries), context.fanout, next_number, parent_tree_nodes);

  emit({result.root, fmt::format("<< /Type /StructTreeRoot /K {} /ParentTree {} /ParentTreeNextKey {} >>",
                                 reference(element_number(0)), reference(parent_tree), result.parent_tree_next_key)});
  for (std::size_t i = 0; i < tree.elements.size(); ++i) {
    const StructElement& element = tree.elements[i];
    const std::optional<std::size_t> page = element_page(element);
    std::string kids;
    for (const StructKid& kid : element.kids) {
      if (!kids.empty()) kids += ' ';
      if (const auto* child = std::get_if<ChildElement>(&kid)) {
        kids += reference(element_number(child->index));
      } else if (const auto* mark = std::get_if<MarkedContentRef>(&kid)) {
        kids += mark->page == page ? fmt::format("{}", mark->mcid)
                                   : fmt::format("<< /Type /MCR /Pg {} /MCID {} >>",
                                                 reference(context.page_objects[mark->page]), mark->mcid);
      } else {
        const auto& annotation = std::get<AnnotationRef>(kid);
        kids += fmt::format("<< /Type /OBJR /Pg {} /Obj {} >>", reference(context.page_objects[annotation.page]),
                            reference(annotation.object_number));
      }
    }
    const std::optional<std::size_t> parent = index.parent(i);
    std::string body = fmt::format("<< /Type /StructElem /S /{} /P {}", element.type,
                                   reference(parent ? element_number(*parent) : result.root));
    if (page) body += fmt::format(" /Pg {}", reference(context.page_objects[*page]));
    if (!element.language.empty()) body += " /Lang " + pdf_text_string(element.language);
    if (!element.alt.empty()) body += " /Alt " + pdf_text_string(element.alt);
    if (!element.actual.empty()) body += " /ActualText " + pdf_text_string(element.actual);
    body += fmt::format(" /K [{}] >>", kids);
    emit({element_number(i), std::move(body)});
  }
  for (PdfObject& node : parent_tree_nodes) emit(std::move(node));
  return result;
}

}  // namespace careerguide::pdf
