#include "pdf/page_compression.h"

#include <utility>

#include "pdf/render_reuse_memo.h"

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
  // Under --watch a page drawn as in the previous document takes the bytes
  // compressed for it then. The memo is read and written on this thread only.
  if (RenderReuse::Memo* memo = active_render_memo()) {
    if (const std::vector<std::uint8_t>* earlier = memo->compressed_stream(content.bytes)) {
      content.bytes = *earlier;
      doc_.check(put_page_content(content), "HPDF_Page (compressing its content)");
      return;
    }
    content.operators = content.bytes;
  }
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
  RenderReuse::Memo* memo = active_render_memo();
  for (PageContent& content : batch) {
    if (memo != nullptr && content.status == HPDF_OK && !content.operators.empty())
      memo->remember_compressed(std::move(content.operators), content.bytes);
    doc_.check(put_page_content(content), "HPDF_Page (compressing its content)");
    std::vector<std::uint8_t>().swap(content.bytes);
  }
}

}  // namespace careerguide::pdf
