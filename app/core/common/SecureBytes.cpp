#include "common/SecureBytes.h"

#include <cstring>

#if defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#define __STDC_WANT_LIB_EXT1__ 1
#include <string.h>
#endif

namespace ccm {

// SecureBytes needs no OpenSSL: the profiles and the main window's first frame use it, and neither should load
// libcrypto (see docs/DESIGN.md, "Start-up").
namespace {

/// Zeroes memory in a way the compiler may not drop as a dead store.
void secureZero(void* data, size_t size)
{
#if defined(_WIN32)
    SecureZeroMemory(data, size);
#elif defined(__APPLE__)
    memset_s(data, size, 0, size);
#else
    explicit_bzero(data, size);
#endif
}

/// Compares in time that depends on the length only, not on where the first difference is.
bool equalInConstantTime(const char* a, const char* b, size_t size)
{
    unsigned char difference = 0;
    for (size_t i = 0; i < size; ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    // Read through a volatile so the loop cannot be cut short once a difference is known.
    const volatile unsigned char result = difference;
    return result == 0;
}

} // namespace

// Literals (QByteArrayLiteral, QStringLiteral) live in read-only memory and hold no secret: only heap buffers
// (isMutable) are overwritten. Shared heap buffers are overwritten in place on purpose, so no copy keeps the secret.
void wipe(QByteArray& data)
{
    if (!data.isEmpty() && data.data_ptr().isMutable())
        secureZero(const_cast<char*>(data.constData()), static_cast<size_t>(data.size()));
    data.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.data_ptr().isMutable())
        secureZero(const_cast<QChar*>(text.constData()), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

SecureBytes::SecureBytes(QByteArrayView data)
    : m_data(data.constData(), data.size())
{}

SecureBytes SecureBytes::adopt(QByteArray& data)
{
    SecureBytes result(data);
    wipe(data);
    return result;
}

SecureBytes SecureBytes::fromString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return adopt(utf8);
}

SecureBytes::SecureBytes(const SecureBytes& other)
    : m_data(other.m_data.constData(), other.m_data.size())
{}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data))
{}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        wipe(m_data);
        m_data = QByteArray(other.m_data.constData(), other.m_data.size());
    }
    return *this;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe(m_data);
        m_data = std::move(other.m_data);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe(m_data);
}

void SecureBytes::append(QByteArrayView data)
{
    // Grow into a fresh buffer so the old allocation can be wiped rather than freed with the secret in it.
    QByteArray grown;
    grown.reserve(m_data.size() + data.size());
    grown.append(m_data);
    grown.append(data);
    wipe(m_data);
    m_data = std::move(grown);
}

void SecureBytes::clear()
{
    wipe(m_data);
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_data.size() == other.m_data.size() &&
           equalInConstantTime(m_data.constData(), other.m_data.constData(), static_cast<size_t>(m_data.size()));
}

QDebug operator<<(QDebug debug, const SecureBytes&)
{
    QDebugStateSaver saver(debug);
    debug.noquote() << "[redacted]";
    return debug;
}

} // namespace ccm
