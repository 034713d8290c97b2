// Linked into ccmctl and ccm-importer only (not into the core library): every heap block is overwritten when it is
// freed or moved by realloc. The project wipes the secrets it holds (SecureBytes, wipe()), but Qt and OpenSSL make
// copies it cannot reach: network and TLS write buffers, JSON parsing and serialising, QString conversions, item
// models. Freed, such a copy would stay readable in the process's memory (a swap file, a memory dump, a later
// out-of-bounds read) until the allocator reuses the block. glibc's own M_PERTURB skips its per-thread cache, so
// free() and realloc() are replaced here by versions that wipe and then call glibc's. Blocks glibc frees
// internally (without going through the interposed symbols) are not covered.
#include <QtGlobal>

// AddressSanitizer (CCM_SANITIZE) replaces malloc/free itself; the two must not be combined.
#if defined(__SANITIZE_ADDRESS__)
#define CCM_WIPE_ON_FREE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CCM_WIPE_ON_FREE 0
#endif
#endif
#ifndef CCM_WIPE_ON_FREE
#define CCM_WIPE_ON_FREE 1
#endif

#if CCM_WIPE_ON_FREE && defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <cstring>
#include <malloc.h>
#include <string.h>

extern "C" {
void* __libc_malloc(size_t size);
void* __libc_realloc(void* block, size_t size);
void __libc_free(void* block);

void free(void* block)
{
    if (block)
        explicit_bzero(block, malloc_usable_size(block));
    __libc_free(block);
}

void* realloc(void* block, size_t size)
{
    if (!block)
        return __libc_malloc(size);
    if (size == 0) {
        free(block);
        return nullptr;
    }
    const size_t old = malloc_usable_size(block);
    if (size <= old)
        return block; // fits: the block stays where it is (its unused tail is not handed back)
    void* moved = __libc_malloc(size);
    if (!moved)
        return nullptr;
    std::memcpy(moved, block, old);
    free(block);
    return moved;
}
}
#endif
