#include "layout/dump.h"

#include <set>

#include <fmt/format.h>

namespace careerguide::layout {
namespace {

std::string hex(const geom::Color& c) { return fmt::format("#{:02X}{:02X}{:02X}", c.r, c.g, c.b); }

std::string stroke(const Stroke& s) {
  return fmt::format("stroke={} {:.2f}{}{}", hex(s.color), s.width, s.dashed ? " dashed" : "",
                     s.dot_pitch > 0 ? fmt::format(" dots={:.2f}", s.dot_pitch) : "");
}

struct ItemDumper {
  std::string& out;
  void operator()(const TextRun& t) const {
    out += fmt::format("  text {:.2f},{:.2f} {} {:.2f} {}{} \"{}\"\n", t.baseline.x, t.baseline.y,
                       t.face == FontFace::kBold ? "bold" : "regular", t.size, hex(t.fill),
                       t.char_spacing != 0 ? fmt::format(" tc={:.3f}", t.char_spacing) : "", t.utf8);
  }
  void operator()(const Box& b) const {
    out += fmt::format("  box {:.2f},{:.2f} {:.2f}x{:.2f}{}{}\n", b.rect.x, b.rect.y, b.rect.width,
                       b.rect.height, b.fill ? " fill=" + hex(*b.fill) : "",
                       b.stroke ? " " + stroke(*b.stroke) : "");
  }
  void operator()(const Line& l) const {
    out += fmt::format("  line {:.2f},{:.2f} {:.2f},{:.2f} {}\n", l.from.x, l.from.y, l.to.x, l.to.y,
                       stroke(l.stroke));
  }
  void operator()(const Circle& c) const {
    out += fmt::format("  circle {:.2f},{:.2f} r={:.2f}{}{}\n", c.center.x, c.center.y, c.radius,
                       c.fill ? " fill=" + hex(*c.fill) : "", c.stroke ? " " + stroke(*c.stroke) : "");
  }
  void operator()(const Link& l) const {
    out += fmt::format("  link {:.2f},{:.2f} {:.2f}x{:.2f} -> {}\n", l.area.x, l.area.y, l.area.width,
                       l.area.height, l.uri.empty() ? fmt::format("page {}", l.target_page + 1) : l.uri);
  }
};

// "LBody#12 < LI#11 < L#10": the item's element, then the ones holding it.
std::string role_chain(const page::Element& element) {
  std::string out;
  for (const page::Element* e = &element; e != nullptr; e = e->parent.get()) {
    if (!out.empty()) out += " < ";
    out += fmt::format("{}{}#{}", page::role_name(e->role), e->level > 0 ? std::to_string(e->level) : "",
                       e->id);
  }
  return out;
}

}  // namespace

std::string dump_item(const Item& item) {
  std::string out;
  std::visit(ItemDumper{out}, item);
  return out;
}

std::string dump(const Document& document) {
  std::string out;
  out += fmt::format("document title=\"{}\" lang={} pages={}\n", document.meta.title,
                     document.meta.language, document.pages.size());
  for (const Bookmark& mark : document.outline)
    out += fmt::format("{}bookmark \"{}\" -> page {}{}\n", mark.level > 1 ? "  " : "", mark.title,
                       mark.page + 1, mark.level > 1 ? fmt::format(" at {:.2f}", mark.top) : "");
  std::set<const page::Element*> alt_shown;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const page::PackedPage& page = document.pages[i];
    out += fmt::format("page {} {:.2f}x{:.2f} number={}\n", i + 1, page.size.width, page.size.height,
                       page.number ? std::to_string(*page.number) : "-");
    std::size_t k = 0;
    for (const Item& item : page.items) {
      std::visit(ItemDumper{out}, item);
      const page::Element* element = page.element_of(k++);
      if (element == nullptr) continue;
      out.pop_back();  // the item's newline
      out += " | " + role_chain(*element);
      // An element's alternative text once, at its first item.
      if (!element->alt.empty() && alt_shown.insert(element).second)
        out += fmt::format(" alt=\"{}\"", element->alt.view());
      if (!element->language.empty()) out += fmt::format(" lang={}", element->language.view());
      out += '\n';
    }
  }
  return out;
}

}  // namespace careerguide::layout
