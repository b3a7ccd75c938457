#ifndef SANCTIONS_MEMORY_HINTS_H
#define SANCTIONS_MEMORY_HINTS_H

/// Asks the processor to start loading the cache line at `address` (for
/// reading, kept in all cache levels). A hint only: it never faults, and
/// any address, even an invalid one, is allowed.
static inline void sanctions_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
