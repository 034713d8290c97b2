#pragma once

#include "certificate/Inspection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ccm::ui {

/// What one input (a file or pasted text) held, for its row in the window's input list.
struct InputSummary
{
    enum class Kind {
        Certificate,  ///< the leaf, or one certificate that is not part of the chain
        Intermediate, ///< a certificate sent in the chain
        Root,         ///< a root, left out
        Key,          ///< a private key only
        Bundle,       ///< several certificates and/or a key (PKCS#12, PKCS#7, a full chain)
        Unreadable,   ///< nothing usable: the reader's reason is in text
    };
    Kind kind = Kind::Unreadable;
    QString text;    ///< one line: "certificate: example.com (leaf)", "RSA 2048 private key", …
    QString details; ///< plain-text lines for the tooltip (subjects, issuers, what was left out)
};

/// Describes each input by what the reader found in it and what the inspection made of it.
/// Reads every input again (on the calling thread; the GUI calls it on the inspection's worker): cheap next to the
/// inspection, and a passphrase asked once is remembered by the provider.
class InputSummarizer
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::InputSummarizer)

public:
    static QList<InputSummary> summarize(const QList<InputSource>& inputs, const Inspection& inspection,
                                         PassphraseProvider* passphrases);

private:
    /// "3 certificates + key", "1 certificate"
    static QString counted(int certificates, bool key);
};

} // namespace ccm::ui
