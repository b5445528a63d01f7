#pragma once
// What the PDF writer may keep for the next document of the same process
// (--watch): each font program as libharu writes it out, reused while the
// same subset is drawn, and the compression of every stream, reused when the
// stream's content is the same byte for byte. The file is byte-identical
// with or without it (tests/pdf_test.cpp and tests/e2e/watch.sh compare a
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
