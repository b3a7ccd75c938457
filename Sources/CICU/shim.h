// Umbrella for the system ICU headers. Only the ICUShim C target includes these.
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utrans.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
