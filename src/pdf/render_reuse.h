#pragma once
// What the PDF writer may keep for the next document of the same process
// (--watch): each font program as libharu writes it out, and the compressed
// bytes of every large stream, reused while the same subset is drawn. The
// file is byte-identical with or without it (tests/e2e/watch.sh compares a
// watched render with a cold one).

#include <memory>

namespace careerguide::pdf {

class RenderReuse {
 public:
  RenderReuse();
  ~RenderReuse();
  RenderReuse(const RenderReuse&) = delete;
  RenderReuse& operator=(const RenderReuse&) = delete;

  /// How many font programs and large streams the last document took from
  /// the previous one instead of making them again (tests read them).
  int font_programs_reused() const;
  int streams_reused() const;

  struct Memo;  ///< defined in render_reuse.cpp, used by the libharu overrides
  Memo& memo() const { return *memo_; }

 private:
  std::unique_ptr<Memo> memo_;
};

}  // namespace careerguide::pdf
