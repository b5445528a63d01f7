#include "pdf/page_compression.h"

#include <utility>

namespace careerguide::pdf {
namespace {

std::vector<PageContent> compressed(std::vector<PageContent> batch) {
  for (PageContent& content : batch) compress_content(content);
  return batch;
}

}  // namespace

void PageCompression::add(HPDF_Page page) {
  PageContent content;
  doc_.check(take_page_content(page, content), "HPDF_Page (compressing its content)");
  if (content.page == nullptr) return;
  batch_.push_back(std::move(content));
  if (batch_.size() < kBatch) return;
  if (compressing_.valid()) {
    std::vector<PageContent> done = compressing_.get();
    put_back(done);
  }
  compressing_ = std::async(std::launch::async, compressed, std::move(batch_));
  batch_.clear();
}

void PageCompression::finish() {
  // The last pages split between the two cores.
  std::vector<PageContent> second_half(std::make_move_iterator(batch_.begin() + batch_.size() / 2),
                                       std::make_move_iterator(batch_.end()));
  batch_.resize(batch_.size() / 2);
  std::future<std::vector<PageContent>> other;
  if (!second_half.empty()) other = std::async(std::launch::async, compressed, std::move(second_half));
  for (PageContent& content : batch_) compress_content(content);
  if (compressing_.valid()) {
    std::vector<PageContent> done = compressing_.get();
    put_back(done);
  }
  put_back(batch_);
  if (other.valid()) {
    std::vector<PageContent> rest = other.get();
    put_back(rest);
  }
  batch_.clear();
}

void PageCompression::put_back(std::vector<PageContent>& batch) const {
  for (PageContent& content : batch) {
    doc_.check(put_page_content(content), "HPDF_Page (compressing its content)");
    std::vector<std::uint8_t>().swap(content.bytes);
  }
}

}  // namespace careerguide::pdf
