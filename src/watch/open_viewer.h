#pragma once
// --open: showing the written PDF in the desktop's viewer, once.

#include <optional>
#include <string>

#include "messages/message.h"

namespace careerguide::watch {

/// Starts `xdg-open PDF` (found on PATH) in a session of its own, with the
/// signal mask cleared and no standard streams, and does not wait for it: a
/// viewer it starts outlives careerguide and does not see its Ctrl-C. The
/// child is reaped by the system when careerguide exits, or by
/// reap_viewer. Returns a message when it cannot be started.
std::optional<messages::Message> open_in_viewer(const std::string& pdf);

/// Collects a finished viewer launcher without waiting; a message when it
/// exited with a failure status (xdg-open found no viewer for PDF files).
std::optional<messages::Message> reap_viewer();

}  // namespace careerguide::watch
