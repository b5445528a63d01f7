#pragma once
// Hands the heap's free pages back to the system (glibc's malloc_trim; a
// no-op elsewhere). glibc keeps freed pages otherwise, and a large guide's
// stages free and allocate in turn over the same heap: without this, pages
// freed by one stage stay counted while the next one touches new ones
// (BENCHMARKS.md, "Eighth round").

namespace careerguide::pdf {

void release_freed_memory();

}  // namespace careerguide::pdf
