#pragma once
// One walk over every text of a guide that a user wrote or can override:
// the passes that look at every text (unprintable characters today) use it,
// so that a field added to the model is added here once, not in each pass.

#include <functional>
#include <string>
#include <string_view>

#include "model/guide.h"

namespace careerguide::model {

/// One text met by the walk.
struct TextField {
  std::string_view path;  ///< its key path, as messages name it: `roles[0].links[1].url`
  std::string& value;     ///< the text itself, which the visitor may rewrite
  TextOrigin origin;      ///< where it was written (unset for a default)
};

using TextVisitor = std::function<void(TextField)>;

/// Calls `visit` for every text of `guide` in file order: the top-level
/// texts, sources, roles (title, title_en, salary_note, summary, skills,
/// steps, getting_started, notes, links' labels and printed addresses), the
/// currency's symbol and name, then every label (`labels.KEY`) whether the
/// data overrides it or not. Ids, dates as values and link addresses (a
/// link keeps where it leads as written) are not visited. A step written as
/// plain text is visited as `…getting_started[i]`, one with a lead as
/// `….lead` and `….text`.
void for_each_text(Guide& guide, const TextVisitor& visit);

}  // namespace careerguide::model
