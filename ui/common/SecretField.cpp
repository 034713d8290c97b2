#include "ui/common/SecretField.h"

#include <QLineEdit>

namespace ccm::ui {

void makeSecretField(QLineEdit* edit)
{
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit] {
        // setText() is the one public call that clears QLineEdit's undo history; the text and the cursor stay.
        const int cursor = edit->cursorPosition();
        const QString text = edit->text();
        edit->setText(text);
        edit->setCursorPosition(cursor);
    });
}

} // namespace ccm::ui
