#pragma once

#include <QString>

class QWidget;

namespace hocbaso::ui {

// Every question and notice the GUI puts to the user goes through this, so that tests preset the
// answers instead of waiting for a message box.
class Prompter
{
public:
    virtual ~Prompter() = default;

    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    // An action was refused or failed: `reason` is the sentence saying why.
    virtual void refuse(QWidget* parent, const QString& title, const QString& reason) = 0;
    // A yes/no question; `acceptText` names the action ("Disable"), so the answer is not a bare "Yes".
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& acceptText) = 0;
};

// The real thing: QMessageBox.
class MessageBoxPrompter final : public Prompter
{
public:
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void refuse(QWidget* parent, const QString& title, const QString& reason) override;
    bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& acceptText) override;
};

} // namespace hocbaso::ui
