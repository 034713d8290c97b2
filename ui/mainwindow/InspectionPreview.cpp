#include "InspectionPreview.h"

#include "ui/certificatedetails/CertificateDetailsView.h"
#include "ui/common/PlainText.h"
#include "ui/findings/FindingsView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccm::ui {

namespace {

QString certificateLabel(const CertificateDetails& d)
{
    return d.subjectCn.isEmpty() ? d.subjectDn : d.subjectCn;
}

} // namespace

InspectionPreview::InspectionPreview(const Pages& pages)
    : m_pages(pages)
{
    const auto pageLayout = [](QWidget* page) { return new QVBoxLayout(page); };
    m_leafView = new CertificateDetailsView(pages.certificate);
    m_leafView->setObjectName(QStringLiteral("leafView"));
    pageLayout(pages.certificate)->addWidget(m_leafView);

    QVBoxLayout* chainLayout = pageLayout(pages.chain);
    m_chainLabel = new QLabel(pages.chain);
    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    m_chainLabel->setTextFormat(Qt::PlainText);
    m_chainLabel->setWordWrap(true);
    chainLayout->addWidget(m_chainLabel);
    m_chainTree = new QTreeWidget(pages.chain);
    m_chainTree->setObjectName(QStringLiteral("chainTree"));
    m_chainTree->setRootIsDecorated(false);
    m_chainTree->setUniformRowHeights(true);
    m_chainTree->setColumnCount(4);
    chainLayout->addWidget(m_chainTree);
    m_leftOutLabel = new QLabel(pages.chain);
    m_leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOutLabel->setTextFormat(Qt::PlainText);
    chainLayout->addWidget(m_leftOutLabel);
    m_leftOutTree = new QTreeWidget(pages.chain);
    m_leftOutTree->setObjectName(QStringLiteral("leftOutTree"));
    m_leftOutTree->setRootIsDecorated(false);
    m_leftOutTree->setColumnCount(2);
    chainLayout->addWidget(m_leftOutTree);
    for (QTreeWidget* tree : {m_chainTree, m_leftOutTree}) {
        tree->header()->setStretchLastSection(false);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_chainTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_leftOutTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_keyLabel = new QLabel(pages.key);
    m_keyLabel->setObjectName(QStringLiteral("keyLabel"));
    m_keyLabel->setWordWrap(true);
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pageLayout(pages.key)->addWidget(m_keyLabel);

    m_encView = new CertificateDetailsView(pages.enc);
    m_encView->setObjectName(QStringLiteral("encView"));
    pageLayout(pages.enc)->addWidget(m_encView);

    m_findingsView = new FindingsView(pages.findings);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    pageLayout(pages.findings)->addWidget(m_findingsView);

    retranslate();
    // The empty preview, as showEmpty() leaves it; the window fills it in right after when there is more.
    m_leafView->setPlaceholder(tr("No certificate yet."));
    m_encView->setPlaceholder(tr("No SM2 encryption certificate. Turn on \"SM2 encryption pair\" to add one."));
    m_keyLabel->setText(tr("No private key yet."));
    m_findingsView->setFindings({});
}

void InspectionPreview::retranslate()
{
    m_leafView->setAccessibleName(tr("Certificate details"));
    m_encView->setAccessibleName(tr("SM2 encryption certificate details"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setAccessibleDescription(tr("Problems, warnings and notes about the inputs"));
    m_chainLabel->setText(tr("Chain as sent (the certificate's issuer first):"));
    m_chainTree->setAccessibleName(tr("Chain as sent"));
    m_chainTree->setAccessibleDescription(tr("Intermediate certificates in the order they are sent"));
    m_chainTree->setHeaderLabels({tr("Certificate"), tr("Issued by"), tr("Valid until"), tr("SHA-1")});
    m_leftOutLabel->setText(tr("Left out:"));
    m_leftOutTree->setAccessibleName(tr("Left out"));
    m_leftOutTree->setAccessibleDescription(tr("Certificates that are not sent, and why"));
    m_leftOutTree->setHeaderLabels({tr("Reason"), tr("Certificate")});
    m_keyLabel->setAccessibleName(tr("Private key"));
}

void InspectionPreview::showEmpty()
{
    m_leafView->setPlaceholder(tr("No certificate yet."));
    m_encView->setPlaceholder(tr("No SM2 encryption certificate. Turn on \"SM2 encryption pair\" to add one."));
    m_chainTree->clear();
    m_leftOutTree->clear();
    m_keyLabel->setText(tr("No private key yet."));
}

void InspectionPreview::showInspection(const Inspection& inspection, bool encPairChosen)
{
    const auto& bundle = inspection.bundle;
    if (bundle.leaf.isNull())
        m_leafView->setPlaceholder(tr("No certificate found in the inputs."));
    else
        m_leafView->setDetails(inspection.leafDetails);
    if (bundle.encCertificate.isNull())
        m_encView->setPlaceholder(
            encPairChosen ? tr("No SM2 encryption certificate found in the chosen files.")
                          : tr("No SM2 encryption certificate. Turn on \"SM2 encryption pair\" to add one."));
    else
        m_encView->setDetails(inspection.encDetails);
    showChain(inspection);
    showKey(inspection);
}

void InspectionPreview::setFindings(const QList<Finding>& findings)
{
    m_findingsView->setFindings(findings);
}

void InspectionPreview::showChain(const Inspection& inspection)
{
    const auto& bundle = inspection.bundle;
    m_chainTree->clear();
    for (int i = 0; i < inspection.chainDetails.size(); ++i) {
        const auto& d = inspection.chainDetails.at(i);
        auto* item = new QTreeWidgetItem(m_chainTree);
        item->setText(0, QStringLiteral("%1. %2").arg(i + 1).arg(certificateLabel(d)));
        item->setToolTip(0, plainToolTip(d.subjectDn));
        item->setText(1, d.issuerCn.isEmpty() ? d.issuerDn : d.issuerCn);
        item->setToolTip(1, plainToolTip(d.issuerDn));
        item->setText(2, QLocale().toString(d.notAfter.toUTC().date(), QLocale::ShortFormat));
        item->setText(3, d.sha1);
    }
    QString chainText = tr("Chain as sent (the certificate's issuer first):");
    if (bundle.chain.isEmpty())
        chainText = bundle.leaf.isNull() ? tr("Chain as sent: nothing yet.")
                                         : tr("Chain as sent: empty, no intermediate certificate was given.");
    else if (bundle.reordered)
        chainText = tr("Chain as sent (reordered: the certificate's issuer first):");
    m_chainLabel->setText(chainText);

    m_leftOutTree->clear();
    const auto addLeftOut = [this](const QString& reason, const QString& what, const QString& tip) {
        auto* item = new QTreeWidgetItem(m_leftOutTree);
        item->setText(0, reason);
        item->setText(1, what);
        item->setToolTip(1, plainToolTip(tip));
    };
    for (const auto& root : bundle.droppedRoots)
        addLeftOut(tr("Root certificate"), root.displayName(), root.subjectDn());
    for (const auto& stray : bundle.unrelated)
        addLeftOut(tr("Not part of this chain"), stray.displayName(), stray.subjectDn());
    if (bundle.duplicatesRemoved > 0)
        addLeftOut(tr("Duplicate"), tr("Duplicate copies removed: %1").arg(bundle.duplicatesRemoved), {});
    const bool anyLeftOut = m_leftOutTree->topLevelItemCount() > 0;
    m_leftOutLabel->setText(anyLeftOut ? tr("Left out:") : tr("Left out: nothing."));
    m_leftOutTree->setVisible(anyLeftOut);
    m_pages.tabs->setTabText(m_pages.tabs->indexOf(m_pages.chain), tr("Chain (%1)").arg(bundle.chain.size()));
}

void InspectionPreview::showKey(const Inspection& inspection)
{
    const auto& bundle = inspection.bundle;
    QStringList lines;
    if (bundle.key.isNull()) {
        lines.append(tr("No private key found. Add the key file, or paste the key."));
    } else {
        lines.append(tr("%1, from %2").arg(bundle.key.description(), bundle.keySource));
        if (bundle.keyWasEncrypted)
            lines.append(tr("It was encrypted and has been decrypted in memory only."));
        if (!bundle.leaf.isNull())
            lines.append(bundle.leaf.matches(bundle.key) ? tr("It matches the certificate.")
                                                         : tr("It does NOT match the certificate."));
        lines.append(tr("It is sent as unencrypted PKCS#8 over HTTPS, as the service requires."));
    }
    if (!bundle.encKey.isNull()) {
        lines.append(QString());
        lines.append(tr("SM2 encryption key: %1").arg(bundle.encKey.description()));
    }
    m_keyLabel->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ccm::ui
