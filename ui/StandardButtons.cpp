#include "StandardButtons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace hocbaso::ui {
namespace {

QString buttonText(QDialogButtonBox::StandardButton b)
{
    switch (b) {
    case QDialogButtonBox::Ok:
        return QCoreApplication::translate("hocbaso::ui::StandardButtons", "OK");
    case QDialogButtonBox::Cancel:
        return QCoreApplication::translate("hocbaso::ui::StandardButtons", "Cancel");
    case QDialogButtonBox::Close:
        return QCoreApplication::translate("hocbaso::ui::StandardButtons", "Close");
    case QDialogButtonBox::Yes:
        return QCoreApplication::translate("hocbaso::ui::StandardButtons", "Yes");
    case QDialogButtonBox::No:
        return QCoreApplication::translate("hocbaso::ui::StandardButtons", "No");
    case QDialogButtonBox::RestoreDefaults:
        return QCoreApplication::translate("hocbaso::ui::StandardButtons", "Restore defaults");
    default:
        return {};
    }
}

} // namespace

void translateButtons(QDialogButtonBox* box)
{
    for (QAbstractButton* b : box->buttons()) {
        const QString text = buttonText(box->standardButton(b));
        if (!text.isEmpty())
            b->setText(text);
    }
}

void translateButtons(QMessageBox* box)
{
    for (QAbstractButton* b : box->buttons()) {
        // QMessageBox and QDialogButtonBox number their standard buttons alike.
        const QString text = buttonText(QDialogButtonBox::StandardButton(int(box->standardButton(b))));
        if (!text.isEmpty())
            b->setText(text);
    }
}

} // namespace hocbaso::ui
