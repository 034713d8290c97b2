#include "PushDialog.h"

#include "cloud/Endpoints.h"
#include "cloud/ScmContract.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccm::ui {

PushDialog::PushDialog(const QString& certificateName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Push to cloud services"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Push \"%1\" to a cloud service, in one or more regions. The service then offers the "
                                "certificate for its own resources (domains, listeners, protected sites).")
                                 .arg(certificateName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->setAccessibleName(tr("Cloud service"));
    const QStringList labels{tr("CDN (Content Delivery Network)"), tr("WAF (Web Application Firewall)"),
                             tr("ELB (Elastic Load Balance)")};
    const QStringList& services = cloud::contract::pushServices();
    for (qsizetype i = 0; i < services.size(); ++i)
        m_service->addItem(labels.value(i, services.at(i)), services.at(i));
    auto* serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_service);
    form->addRow(serviceLabel, m_service);

    m_regions = new QListWidget(this);
    m_regions->setObjectName(QStringLiteral("regionList"));
    m_regions->setAccessibleName(tr("Target regions"));
    for (const cloud::Region& region : cloud::regions()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(region.label, region.id), m_regions);
        item->setData(Qt::UserRole, region.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* regionLabel = new QLabel(tr("&Regions:"), this);
    regionLabel->setBuddy(m_regions);
    form->addRow(regionLabel, m_regions);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Push"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_regions, &QListWidget::itemChanged, this, &PushDialog::updateButtons);
    layout->addWidget(m_buttons);
    updateButtons();
    m_service->setFocus();
}

void PushDialog::setRequest(const cloud::PushRequest& request)
{
    const int service = m_service->findData(request.service);
    if (service >= 0)
        m_service->setCurrentIndex(service);
    for (int i = 0; i < m_regions->count(); ++i) {
        QListWidgetItem* item = m_regions->item(i);
        item->setCheckState(request.projects.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
}

cloud::PushRequest PushDialog::request() const
{
    cloud::PushRequest request;
    request.service = m_service->currentData().toString();
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->checkState() == Qt::Checked)
            request.projects.append(m_regions->item(i)->data(Qt::UserRole).toString());
    }
    return request;
}

void PushDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!request().projects.isEmpty());
}

} // namespace ccm::ui
