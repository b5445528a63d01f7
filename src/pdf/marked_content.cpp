#include "pdf/marked_content.h"

#include <stdexcept>

#include <fmt/format.h>

namespace careerguide::pdf {
namespace {

const char* artifact_type(ArtifactKind kind) {
  switch (kind) {
    case ArtifactKind::kPagination: return "Pagination";
    case ArtifactKind::kLayout: return "Layout";
    case ArtifactKind::kBackground: return "Background";
  }
  return "Layout";
}

}  // namespace

void MarkedContent::start_page(std::size_t page) {
  if (open_) throw std::logic_error("a marked-content sequence is still open at the start of a page");
  page_ = page;
  next_mcid_ = 0;
}

std::string MarkedContent::switch_to(const ContentTag& tag) {
  if (open_ && *open_ == tag) return {};
  if (span_element_ && tag.element == span_element_) return {};
  std::string operators = finish_page();
  return operators + begin(tag);
}

std::string MarkedContent::finish_page() {
  if (!open_) return {};
  open_.reset();
  return "EMC\n";
}

std::string MarkedContent::begin_actual_text(const std::string& value) {
  if (!open_ || !open_->element) return fmt::format("/Span <</ActualText {}>> BDC\n", value);
  const std::size_t element = *open_->element;
  open_.reset();
  span_element_ = element;
  const int mcid = next_mcid_++;
  tree_.elements[element].kids.push_back(MarkedContentRef{page_, mcid});
  return fmt::format("EMC\n/Span <</MCID {} /ActualText {}>> BDC\n", mcid, value);
}

std::string MarkedContent::end_actual_text() {
  span_element_.reset();
  return "EMC\n";
}

std::string MarkedContent::begin(const ContentTag& tag) {
  open_ = tag;
  if (!tag.element) return fmt::format("/Artifact <</Type /{}>> BDC\n", artifact_type(tag.artifact));
  if (*tag.element >= tree_.elements.size()) {
    throw std::logic_error(fmt::format("content tagged with structure element {}, which does not exist", *tag.element));
  }
  StructElement& element = tree_.elements[*tag.element];
  const int mcid = next_mcid_++;
  element.kids.push_back(MarkedContentRef{page_, mcid});
  return fmt::format("/{} <</MCID {}>> BDC\n", element.type, mcid);
}

}  // namespace careerguide::pdf
