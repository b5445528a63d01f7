#include "load/yaml_tree.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "load/describe_syntax_error.h"
#include "load/load_guide.h"

namespace careerguide::load {

using messages::message;
using messages::MessageId;

NodeId Tree::resolve(NodeId id) const {
  return nodes_[id].kind == Node::Kind::kAlias ? nodes_[id].target : id;
}

NodeId Tree::add(Node node) {
  nodes_.push_back(std::move(node));
  return static_cast<NodeId>(nodes_.size() - 1);
}

namespace {

/// Thrown by the builder to stop yaml-cpp after a fatal problem (already reported).
struct StopParsing {};

/// What a node costs once every alias in it is expanded: what the limits count.
struct Weight {
  std::uint64_t nodes = 1;       ///< the node and every node inside it
  std::uint64_t text_bytes = 0;  ///< bytes of all scalars in it
  std::uint64_t list_items = 0;  ///< items of all lists inside it
  Weight& operator+=(const Weight& other) {
    nodes += other.nodes;
    text_bytes += other.text_bytes;
    list_items += other.list_items;
    return *this;
  }
};

/// An open sequence or mapping.
struct Frame {
  NodeId id = 0;
  bool mapping = false;
  bool expecting_key = true;                  ///< mappings: the next child is a key
  std::string key;                            ///< mappings: key of the value being read
  Location key_at;                            ///< mappings: where that key is
  std::unordered_map<std::string, int> keys;  ///< mappings: key → line of first use
  Weight weight;                              ///< the node and its contents so far
};

/// True when the quoted scalar starting at `offset` has its closing quote.
/// yaml-cpp 0.7 silently ends an unclosed quoted scalar at the end of the file.
bool quote_is_closed(const std::string& text, std::size_t offset) {
  const char quote = text[offset];
  for (std::size_t i = offset + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is an escaped single quote
      } else {
        return true;
      }
    }
  }
  return false;
}

/// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
void truncate_utf8(std::string& text, std::size_t limit) {
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  text.resize(limit);
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceText& source, std::vector<model::Diagnostic>& diagnostics)
      : source_(source), diagnostics_(diagnostics), tree_(source.file()) {}

  bool has_document() const { return documents_ > 0; }
  Tree take() { return std::move(tree_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      fail(location(mark), message(MessageId::kSecondDocument));
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    // A written `~` is where it stands (a `~:` key starts its line).
    const Location where = is_written_null(mark) ? location(mark) : null_location(mark);
    Node node{Node::Kind::kNull, false, where, {}, {}, 0};
    if (!frames_.empty() && frames_.back().mapping && !frames_.back().expecting_key &&
        !is_written_null(mark)) {
      node.where = frames_.back().key_at;  // `key:` with nothing after it: point at the key
    }
    add_leaf(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(Node{Node::Kind::kSequence, false, location(mark), {}, {}, 0}, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(Node{Node::Kind::kMapping, false, location(mark), {}, {}, 0}, anchor);
  }
  void OnMapEnd() override { close(); }

  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

  /// Where a yaml-cpp mark points, as users count (characters, 1-based).
  Location location(const YAML::Mark& mark) const {
    if (mark.pos < 0) return {mark.line + 1, mark.column + 1};
    return source_.location(static_cast<std::size_t>(mark.pos));
  }

 private:
  struct Anchor {
    NodeId id = 0;
    std::string name;
  };

  Location null_location(const YAML::Mark& mark) const;
  /// True when the null at `mark` is written out (`~`, `null`), not just empty.
  bool is_written_null(const YAML::Mark& mark) const {
    const std::string& text = source_.text();
    const auto offset = static_cast<std::size_t>(mark.pos);
    return mark.pos >= 0 && offset < text.size() &&
           (text[offset] == '~' || text[offset] == 'n' || text[offset] == 'N');
  }

  [[noreturn]] void fail(Location where, messages::Message message, std::string key_path = {}) {
    error(where, std::move(message), std::move(key_path));
    throw StopParsing{};
  }
  void error(Location where, messages::Message message, std::string key_path = {}) {
    diagnostics_.push_back(
        {source_.at(where), model::Severity::kError, std::move(message), std::move(key_path)});
  }

  std::string path() const;
  void count(Weight weight, Location where);
  NodeId store(Node node, YAML::anchor_t anchor);
  void add_leaf(Node node, YAML::anchor_t anchor);
  void attach(NodeId id, Weight weight);
  void open(Node node, YAML::anchor_t anchor);
  void close();

  const SourceText& source_;
  std::vector<model::Diagnostic>& diagnostics_;
  Tree tree_;
  std::vector<Frame> frames_;
  std::vector<Anchor> anchors_;       ///< indexed by yaml-cpp's anchor number
  std::vector<Weight> weights_;  ///< per stored node, aliases expanded
  std::string anchor_name_;
  Weight expanded_{0, 0, 0};  ///< the whole document so far, aliases expanded
  int documents_ = 0;
};

/// yaml-cpp marks an empty value (`- ` or `key:` at the end of a line) with
/// the position of the next token, often lines later: point at the `-` or
/// `:` before it instead.
Location TreeBuilder::null_location(const YAML::Mark& mark) const {
  if (mark.pos <= 0) return location(mark);
  const std::string& text = source_.text();
  const std::size_t offset = std::min(static_cast<std::size_t>(mark.pos), text.size());
  std::size_t end = offset;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end == 0 || text[end - 1] != '\n') return location(mark);  // text before it on its line
  const int mark_line = source_.location(offset).line;
  while (end > 0) {
    const int line_number = source_.location(end - 1).line;
    const std::size_t line_begin = source_.line_start(line_number);
    std::string_view line(text.data() + line_begin, end - line_begin);
    const std::size_t first = line.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && line[first] == '#') {
      line = {};  // a line that is only a comment
    } else if (const std::size_t hash = line.find(" #"); hash != std::string_view::npos) {
      line = line.substr(0, hash);  // a comment after the indicator
    }
    const std::size_t last = line.find_last_not_of(" \t\r\n");
    if (last != std::string_view::npos) {
      return line_number == mark_line ? location(mark) : source_.location(line_begin + last);
    }
    end = line_begin;
  }
  return location(mark);
}

std::string TreeBuilder::path() const {
  std::string out;
  for (const Frame& frame : frames_) {
    if (frame.mapping) {
      if (frame.expecting_key) break;  // the path ends at this mapping
      if (!out.empty()) out += '.';
      out += model::quote_fragment(frame.key);
    } else {
      out += fmt::format("[{}]", tree_.at(frame.id).children.size());
    }
  }
  return out;
}

/// Adds `weight` to the document's, one list item more when it goes into a
/// list, and stops at the first limit it crosses.
void TreeBuilder::count(Weight weight, Location where) {
  if (!frames_.empty() && !frames_.back().mapping) ++weight.list_items;
  expanded_ += weight;
  if (expanded_.nodes > kMaxNodes) {
    fail(where, message(MessageId::kTooManyValues, {{"limit", kMaxNodes}}));
  }
  if (expanded_.text_bytes > kMaxTotalTextBytes) {
    fail(where, message(MessageId::kTooMuchText, {{"limit", kMaxTotalTextBytes}}));
  }
  if (expanded_.list_items > kMaxListItems) {
    fail(where, message(MessageId::kTooManyListItems, {{"limit", kMaxListItems}}));
  }
}

NodeId TreeBuilder::store(Node node, YAML::anchor_t anchor) {
  const NodeId id = tree_.add(std::move(node));
  weights_.push_back(Weight{});
  if (anchor != YAML::NullAnchor) {
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
    anchors_[anchor] = {id, std::move(anchor_name_)};
    anchor_name_.clear();
  }
  return id;
}

void TreeBuilder::add_leaf(Node node, YAML::anchor_t anchor) {
  const Weight weight{1, node.scalar.size(), 0};
  count(weight, node.where);
  const NodeId id = store(std::move(node), anchor);
  weights_[id] = weight;
  attach(id, weight);
}

void TreeBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
  const Location where = location(mark);
  if (anchor >= anchors_.size()) fail(where, message(MessageId::kUndefinedAnchor));
  const Anchor& target = anchors_[anchor];
  for (const Frame& frame : frames_) {
    if (frame.id == target.id) {
      fail(where, message(MessageId::kRecursiveAlias, {{"name", target.name}}), path());
    }
  }
  const Weight weight = weights_[target.id];
  count(weight, where);
  const NodeId id = store(Node{Node::Kind::kAlias, false, where, {}, {}, target.id}, 0);
  weights_[id] = weight;
  attach(id, weight);
}

/// Node::verbatim_column of the scalar `node` whose text starts at byte `offset`.
int verbatim_column(const std::string& text, std::size_t offset, const Node& node) {
  const std::string& value = node.scalar;
  if (offset >= text.size() || node.where.column == 0 || value.find('\n') != std::string::npos)
    return 0;
  if (text.compare(offset, value.size(), value) == 0) return node.quoted ? 0 : node.where.column;
  const char quote = text[offset];
  const bool quoted_verbatim = (quote == '"' || quote == '\'') && offset + value.size() + 1 < text.size() &&
                               text.compare(offset + 1, value.size(), value) == 0 &&
                               text[offset + 1 + value.size()] == quote;
  return quoted_verbatim ? node.where.column + 1 : 0;
}

void TreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                           const std::string& value) {
  Node node{Node::Kind::kScalar, tag == "!", location(mark), value, {}, 0};
  const auto offset = static_cast<std::size_t>(mark.pos);
  const std::string& text = source_.text();
  if (mark.pos >= 0 && offset < text.size() && (text[offset] == '"' || text[offset] == '\'') &&
      !quote_is_closed(text, offset)) {
    fail(node.where,
         message(MessageId::kUnclosedQuote, {{"quote", std::string(1, text[offset])}}), path());
  }
  node.verbatim_column = verbatim_column(text, offset, node);
  if (node.scalar.size() > kMaxTextBytes) {
    error(node.where,
          message(MessageId::kTextTooManyBytes,
                  {{"length", node.scalar.size()}, {"limit", kMaxTextBytes}}),
          path());
    truncate_utf8(node.scalar, kMaxTextBytes);
  }
  add_leaf(std::move(node), anchor);
}

void TreeBuilder::attach(NodeId id, Weight weight) {
  if (frames_.empty()) return;  // the root
  Frame& frame = frames_.back();
  if (!frame.mapping) ++weight.list_items;
  frame.weight += weight;
  Node& parent = tree_.at_mut(frame.id);
  parent.children.push_back(id);
  if (!frame.mapping) return;
  if (!frame.expecting_key) {
    frame.expecting_key = true;
    return;
  }
  const Node& key = tree_.at(tree_.resolve(id));
  frame.key = key.kind == Node::Kind::kScalar ? key.scalar : std::string();
  frame.key_at = tree_.at(id).where;
  if (key.kind == Node::Kind::kSequence || key.kind == Node::Kind::kMapping) {
    const std::string where = path();  // the mapping's path, before the key joins it
    frame.expecting_key = false;
    error(frame.key_at, message(MessageId::kComplexKey), where);
    return;
  }
  frame.expecting_key = false;
  const auto [first, inserted] = frame.keys.emplace(frame.key, frame.key_at.line);
  if (!inserted) {
    error(frame.key_at, message(MessageId::kDuplicateKey, {{"line", first->second}}), path());
  }
}

void TreeBuilder::open(Node node, YAML::anchor_t anchor) {
  const Location where = node.where;
  if (frames_.size() >= static_cast<std::size_t>(kMaxDepth)) {
    fail(where, message(MessageId::kNestedTooDeep, {{"limit", kMaxDepth}}));
  }
  count(Weight{}, where);
  const bool mapping = node.kind == Node::Kind::kMapping;
  const NodeId id = store(std::move(node), anchor);
  Frame frame;
  frame.id = id;
  frame.mapping = mapping;
  frames_.push_back(std::move(frame));
}

void TreeBuilder::close() {
  const Frame frame = std::move(frames_.back());
  frames_.pop_back();
  weights_[frame.id] = frame.weight;
  attach(frame.id, frame.weight);
}

bool has_data_besides_comments(const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string::npos && line[first] != '#') return true;
  }
  return false;
}

}  // namespace

std::optional<Tree> parse_yaml(const SourceText& source,
                               std::vector<model::Diagnostic>& diagnostics) {
  std::istringstream input(source.text());
  TreeBuilder builder(source, diagnostics);
  try {
    YAML::Parser parser(input);
    parser.HandleNextDocument(builder);
    if (builder.has_document()) parser.HandleNextDocument(builder);
  } catch (const StopParsing&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    const std::size_t offset =
        e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : source.text().size();
    diagnostics.push_back(describe_syntax_error(source, e.msg, offset));
    return std::nullopt;
  }
  if (!builder.has_document()) {
    const bool comments = source.text().find_first_not_of(" \t\r\n") != std::string::npos;
    diagnostics.push_back(
        {{source.file(), 1, 1},
         model::Severity::kError,
         message(comments && !has_data_besides_comments(source.text()) ? MessageId::kOnlyComments
                                                                       : MessageId::kEmptyFile)});
    return std::nullopt;
  }
  return builder.take();
}

}  // namespace careerguide::load
