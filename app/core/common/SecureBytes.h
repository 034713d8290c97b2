#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDebug>
#include <QString>

namespace ccm {

/// Bytes of a secret (private key, passphrase, secret key, token): wiped when released, printed as [redacted].
///
/// The buffer is never shared with another QByteArray, so wiping it in place reaches every byte this object held.
/// Copies are deep. Code that must hand the bytes to an API taking QByteArray uses exposeCopy() and is
/// responsible for that copy.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView data);
    /// Takes over a buffer and wipes the caller's copy if it was shared.
    static SecureBytes adopt(QByteArray& data);
    static SecureBytes fromString(const QString& text);

    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    bool isEmpty() const { return m_data.isEmpty(); }
    qsizetype size() const { return m_data.size(); }
    const char* constData() const { return m_data.constData(); }
    QByteArrayView view() const { return QByteArrayView(m_data); }
    const unsigned char* bytes() const { return reinterpret_cast<const unsigned char*>(m_data.constData()); }

    /// A plain QByteArray copy, for APIs that need one (e.g. a request body). The caller owns what it does with it.
    QByteArray exposeCopy() const { return QByteArray(m_data.constData(), m_data.size()); }

    void append(QByteArrayView data);
    void clear();

    bool operator==(const SecureBytes& other) const;

private:
    QByteArray m_data;
};

QDebug operator<<(QDebug debug, const SecureBytes& secret);

/// Overwrites the bytes of a buffer that held a secret. Safe on empty and shared arrays (wipes in place).
void wipe(QByteArray& data);
void wipe(QString& text);

} // namespace ccm
