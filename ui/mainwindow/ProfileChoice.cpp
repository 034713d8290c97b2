#include "ProfileChoice.h"

#include "profiles/ProfileListModel.h"

#include <QComboBox>

namespace ccm::ui {

ProfileChoice::ProfileChoice(QComboBox* combo)
    : m_combo(combo)
{}

void ProfileChoice::setModel(profiles::ProfileListModel* model)
{
    m_model = model;
    m_combo->setModel(model);
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(profiles::ProfileListModel::DefaultRole).toBool()) {
            m_combo->setCurrentIndex(row);
            break;
        }
    }
}

QString ProfileChoice::currentId() const
{
    if (!m_model || m_combo->currentIndex() < 0)
        return {};
    return m_combo->currentData(profiles::ProfileListModel::IdRole).toString();
}

QString ProfileChoice::trustRoot() const
{
    const int row = m_combo->currentIndex();
    return m_model && row >= 0 ? m_model->profileAt(row).trustRootFile : QString();
}

bool ProfileChoice::select(const QString& id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_combo->setCurrentIndex(row);
    return row >= 0;
}

void ProfileChoice::reload()
{
    const QString keep = currentId();
    if (m_model)
        m_model->reload();
    if (!select(keep) && m_model)
        setModel(m_model); // the chosen one is gone: fall back to the default
}

} // namespace ccm::ui
