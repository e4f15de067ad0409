// zlib, for the tests' own compressed bodies (the gzip bomb of the bad-server tests).
#include <zlib.h>
