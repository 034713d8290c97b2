#pragma once

#include "certificate/Certificate.h"
#include "certificate/Finding.h"
#include "certificate/PassphraseProvider.h"
#include "certificate/PrivateKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ccm {

/// One file or pasted text handed to the reader.
struct InputSource
{
    QString name;           ///< shown in messages: a file name or "pasted text"
    QByteArray data;        ///< the raw bytes as read
    QString readError = {}; ///< why the file could not be read at all; the reader reports it as "input.open"

    /// Reads a file for the reader, one byte past the size limit so the reader can say it is too large. A file
    /// that is missing, a folder or unreadable gives a source with readError set. `name` defaults to `path`.
    static InputSource fromFile(const QString& path, const QString& name = {});
};

/// A certificate together with where it was found and its position there.
struct SourcedCertificate
{
    Certificate certificate;
    QString source;
    int sourceIndex = 0; ///< which InputSource (0-based) it came from
    int position = 0;    ///< order of appearance within that source
};

/// A private key together with where it was found.
struct SourcedKey
{
    PrivateKey key;
    QString source;
    bool wasEncrypted = false; ///< decrypted in memory with a passphrase
};

/// Everything the reader found in its inputs, plus what it could not read (findings with field "input").
struct ReadResult
{
    QList<SourcedCertificate> certificates;
    QList<SourcedKey> keys;
    QList<Finding> findings;

    /// True when a finding says an input could not be read at all (the CLI's exit status 2).
    bool hasUnreadableInput() const;
};

/// Turns files in any common shape into certificates and keys: PEM (any order, text around it, CRLF),
/// DER, PKCS#7, PKCS#12 and encrypted keys. Never writes anything; decrypted keys stay in memory.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(ccm::BundleReader)

public:
    static constexpr qsizetype kDefaultMaxInputSize = 1024 * 1024;
    static constexpr int kMaxPassphraseAttempts = 3;

    /// provider may be null: encrypted inputs are then reported as needing a passphrase.
    explicit BundleReader(PassphraseProvider* provider = nullptr);

    void setMaxInputSize(qsizetype bytes) { m_maxInputSize = bytes; }

    /// Reads one input and appends what it holds to result.
    void read(const InputSource& input, int sourceIndex, ReadResult& result) const;
    /// Reads every input in order.
    ReadResult read(const QList<InputSource>& inputs) const;

private:
    struct Block;
    void readText(const QByteArray& text, const InputSource& input, int sourceIndex, ReadResult& result) const;
    void readBlock(const Block& block, const InputSource& input, int sourceIndex, ReadResult& result) const;
    bool readDer(const QByteArray& der, const InputSource& input, int sourceIndex, ReadResult& result) const;
    void readPkcs12(PKCS12* p12, const InputSource& input, int sourceIndex, ReadResult& result) const;
    void readEncryptedPkcs8Der(const QByteArray& der, const InputSource& input, ReadResult& result) const;
    void readPemKey(const QByteArray& pem, bool encrypted, const InputSource& input, ReadResult& result) const;
    void addCertificate(Certificate certificate, const InputSource& input, int sourceIndex, ReadResult& result) const;

    PassphraseProvider* m_provider;
    qsizetype m_maxInputSize = kDefaultMaxInputSize;
};

} // namespace ccm
