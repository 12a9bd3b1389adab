#include "Prompter.h"

#include "StandardButtons.h"

#include <QMessageBox>
#include <QPushButton>

namespace hocbaso::ui {
namespace {

void show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    translateButtons(&box);
    box.exec();
}

} // namespace

void MessageBoxPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Information, parent, title, text);
}

void MessageBoxPrompter::refuse(QWidget* parent, const QString& title, const QString& reason)
{
    show(QMessageBox::Warning, parent, title, reason);
}

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& question,
                                 const QString& acceptText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    translateButtons(&box);
    // A slip of the Enter key must not confirm.
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace hocbaso::ui
