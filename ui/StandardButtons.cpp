#include "StandardButtons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
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

void applyTexts(QDialogButtonBox* box)
{
    for (QAbstractButton* b : box->buttons()) {
        const QString text = buttonText(box->standardButton(b));
        if (!text.isEmpty())
            b->setText(text);
    }
}

// QDialogButtonBox answers a language change by giving its standard buttons Qt's own words, after
// the dialog around it has translated them: without a Vietnamese Qt, "Đóng" went back to "Close".
// This watcher puts our words back once the box has done so.
class ButtonTextKeeper : public QObject
{
public:
    explicit ButtonTextKeeper(QDialogButtonBox* box) : QObject(box), m_box(box)
    {
        setObjectName(QStringLiteral("hocbaso_buttonTextKeeper"));
        box->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_box && event->type() == QEvent::LanguageChange)
            QMetaObject::invokeMethod(
                this, [box = m_box] { applyTexts(box); }, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    QDialogButtonBox* m_box;
};

} // namespace

void translateButtons(QDialogButtonBox* box)
{
    applyTexts(box);
    if (!box->findChild<ButtonTextKeeper*>(QStringLiteral("hocbaso_buttonTextKeeper"), Qt::FindDirectChildrenOnly))
        new ButtonTextKeeper(box);
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
