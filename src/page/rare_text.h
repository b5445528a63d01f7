#pragma once
// A text that most of its owners leave empty: a pointer, null when empty,
// instead of a 32-byte std::string. A 10,000-role guide has about 300,000
// structure elements, nearly all without a language, an alternative or a
// replacement text.

#include <memory>
#include <string>
#include <string_view>

namespace careerguide::page {

class RareText {
 public:
  RareText() = default;
  RareText(std::string_view text) : text_(text.empty() ? nullptr : std::make_unique<std::string>(text)) {}
  RareText(const char* text) : RareText(std::string_view(text)) {}
  RareText(const std::string& text) : RareText(std::string_view(text)) {}
  RareText(const RareText& other) : RareText(std::string_view(other)) {}
  RareText(RareText&&) noexcept = default;
  RareText& operator=(const RareText& other) { return *this = RareText(other); }
  RareText& operator=(RareText&&) noexcept = default;
  ~RareText() = default;

  bool empty() const { return !text_; }
  std::string_view view() const { return text_ ? std::string_view(*text_) : std::string_view(); }
  operator std::string_view() const { return view(); }
  std::string str() const { return std::string(view()); }
  friend bool operator==(const RareText& a, std::string_view b) { return a.view() == b; }

 private:
  std::unique_ptr<std::string> text_;
};

}  // namespace careerguide::page
