#include "pdf/render_reuse.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <string_view>

#include "pdf/render_reuse_memo.h"

namespace careerguide::pdf {
namespace {

std::atomic<RenderReuse::Memo*> active_memo{nullptr};

std::size_t hash_of(const std::vector<HPDF_BYTE>& bytes) {
  return std::hash<std::string_view>{}(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

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

const std::vector<HPDF_BYTE>* RenderReuse::Memo::compressed_stream(const std::vector<HPDF_BYTE>& input) {
  const auto [first, last] = compressed.equal_range(hash_of(input));
  for (auto entry = first; entry != last; ++entry) {
    if (entry->second.input != input) continue;  // the whole content, not the hash, decides
    entry->second.used = true;
    ++streams_reused;
    return &entry->second.output;
  }
  return nullptr;
}

void RenderReuse::Memo::remember_compressed(std::vector<HPDF_BYTE> input, const std::vector<HPDF_BYTE>& output) {
  const std::size_t size = input.size() + output.size();
  if (compressed_bytes + size > kMaxCompressedBytes) return;
  compressed_bytes += size;
  const std::size_t hash = hash_of(input);
  compressed.emplace(hash, Compressed{std::move(input), output, true});
}

RenderReuseScope::RenderReuseScope(const RenderReuse* reuse) : memo_(reuse ? &reuse->memo() : nullptr) {
  if (memo_ == nullptr) return;
  memo_->programs.clear();
  memo_->font_programs_reused = 0;
  memo_->streams_reused = 0;
  for (auto& font : memo_->written_fonts) font.used = false;
  for (auto& [hash, entry] : memo_->compressed) entry.used = false;
  active_memo.store(memo_);
}

RenderReuseScope::~RenderReuseScope() {
  if (memo_ == nullptr) return;
  active_memo.store(nullptr);
  std::erase_if(memo_->written_fonts, [](const auto& font) { return !font.used; });
  for (auto entry = memo_->compressed.begin(); entry != memo_->compressed.end();) {
    if (entry->second.used) {
      ++entry;
      continue;
    }
    memo_->compressed_bytes -= entry->second.input.size() + entry->second.output.size();
    entry = memo_->compressed.erase(entry);
  }
  memo_->programs.clear();  // the document's font definitions die with it
}

RenderReuse::Memo* active_render_memo() { return active_memo.load(); }

void remember_font_program(HPDF_FontDef def, const FontProgram& program) {
  RenderReuse::Memo* memo = active_render_memo();
  if (memo == nullptr) return;
  memo->programs[def] = program;
}

}  // namespace careerguide::pdf
