#include "pdf/render_reuse.h"

#include <algorithm>
#include <atomic>

#include "pdf/render_reuse_memo.h"

namespace careerguide::pdf {
namespace {

std::atomic<RenderReuse::Memo*> active_memo{nullptr};

}  // namespace

RenderReuse::RenderReuse() : memo_(std::make_unique<Memo>()) {}
RenderReuse::~RenderReuse() = default;

int RenderReuse::font_programs_reused() const { return memo_->font_programs_reused; }
int RenderReuse::streams_reused() const { return memo_->streams_reused; }

const RenderReuse::Memo::WrittenFont* RenderReuse::Memo::written_font(HPDF_FontDef def) {
  const auto program = programs.find(def);
  if (program == programs.end()) return nullptr;
  for (WrittenFont& font : written_fonts) {
    if (font.program.lock() != program->second) continue;
    font.used = true;
    ++font_programs_reused;
    return &font;
  }
  return nullptr;
}

void RenderReuse::Memo::remember_written_font(HPDF_FontDef def, std::vector<HPDF_BYTE> written,
                                              HPDF_UINT length1) {
  const auto program = programs.find(def);
  if (program == programs.end()) return;
  written_fonts.push_back(WrittenFont{program->second, std::move(written), length1, true});
}

void RenderReuse::Memo::mark_font_stream(HPDF_Stream stream) {
  font_streams.push_back(stream);
}

bool RenderReuse::Memo::is_font_stream(HPDF_Stream stream) {
  return std::find(font_streams.begin(), font_streams.end(), stream) != font_streams.end();
}

const std::vector<HPDF_BYTE>* RenderReuse::Memo::compressed_stream(const std::vector<HPDF_BYTE>& input) {
  for (Compressed& entry : compressed) {
    if (entry.input != input) continue;  // the whole content, not a hash: no collision can pass
    entry.used = true;
    ++streams_reused;
    return &entry.output;
  }
  return nullptr;
}

void RenderReuse::Memo::remember_compressed(std::vector<HPDF_BYTE> input, std::vector<HPDF_BYTE> output) {
  compressed.push_back(Compressed{std::move(input), std::move(output), true});
}

RenderReuseScope::RenderReuseScope(const RenderReuse* reuse) : memo_(reuse ? &reuse->memo() : nullptr) {
  if (memo_ == nullptr) return;
  memo_->programs.clear();
  memo_->font_streams.clear();
  memo_->font_programs_reused = 0;
  memo_->streams_reused = 0;
  for (auto& font : memo_->written_fonts) font.used = false;
  for (auto& entry : memo_->compressed) entry.used = false;
  active_memo.store(memo_);
}

RenderReuseScope::~RenderReuseScope() {
  if (memo_ == nullptr) return;
  active_memo.store(nullptr);
  std::erase_if(memo_->written_fonts, [](const auto& font) { return !font.used; });
  std::erase_if(memo_->compressed, [](const auto& entry) { return !entry.used; });
  memo_->programs.clear();  // the document's font definitions and streams die with it
  memo_->font_streams.clear();
}

RenderReuse::Memo* active_render_memo() { return active_memo.load(); }

void remember_font_program(HPDF_FontDef def, const FontProgram& program) {
  RenderReuse::Memo* memo = active_render_memo();
  if (memo == nullptr) return;
  memo->programs[def] = program;
}

}  // namespace careerguide::pdf
