#pragma once
// `careerguide --init DIR`: a small commented starter guide and its schema,
// ready to edit, in a folder of the user's.

#include <string>
#include <string_view>

#include "messages/language.h"
#include "messages/message.h"

namespace careerguide::starter {

/// --init found a file where it would write one: it never replaces a file.
class ExistingFile : public messages::MessageError {
 public:
  using messages::MessageError::MessageError;
};

/// The paths written.
struct StarterFiles {
  std::string guide;   ///< DIR/guide.yaml
  std::string schema;  ///< DIR/schema.json
};

/// The starter guide in `guide_language`, its modeline pointing at the
/// schema beside it (`$schema=schema.json`) instead of data/'s `../schema.json`.
std::string starter_guide(messages::Language guide_language);

/// Creates `folder` (and its parents) if needed and writes guide.yaml and
/// schema.json into it, each atomically. Writes nothing if either file
/// already exists (ExistingFile). Throws messages::MessageError naming the path
/// and the fix when the folder cannot be made or a write fails; a guide that
/// cannot be written takes its just-written schema with it.
StarterFiles write_starter(const std::string& folder, messages::Language guide_language);

}  // namespace careerguide::starter
