# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        NoticeDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(NoticeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noticeGrid = QGridLayout()
        self.noticeGrid.setObjectName(u"noticeGrid")
        self.categoryComboLabel = QLabel(NoticeDialog)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.noticeGrid.addWidget(self.categoryComboLabel, 0, 0, 1, 1)

        self.categoryCombo = QComboBox(NoticeDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.noticeGrid.addWidget(self.categoryCombo, 0, 1, 1, 1)

        self.stationComboLabel = QLabel(NoticeDialog)
        self.stationComboLabel.setObjectName(u"stationComboLabel")

        self.noticeGrid.addWidget(self.stationComboLabel, 0, 2, 1, 1)

        self.stationCombo = QComboBox(NoticeDialog)
        self.stationCombo.setObjectName(u"stationCombo")

        self.noticeGrid.addWidget(self.stationCombo, 0, 3, 1, 1)

        self.caseNumberEditLabel = QLabel(NoticeDialog)
        self.caseNumberEditLabel.setObjectName(u"caseNumberEditLabel")

        self.noticeGrid.addWidget(self.caseNumberEditLabel, 1, 0, 1, 1)

        self.caseNumberEdit = QLineEdit(NoticeDialog)
        self.caseNumberEdit.setObjectName(u"caseNumberEdit")

        self.noticeGrid.addWidget(self.caseNumberEdit, 1, 1, 1, 1)

        self.issuedDateLabel = QLabel(NoticeDialog)
        self.issuedDateLabel.setObjectName(u"issuedDateLabel")

        self.noticeGrid.addWidget(self.issuedDateLabel, 1, 2, 1, 1)

        self.issuedDate = QDateEdit(NoticeDialog)
        self.issuedDate.setObjectName(u"issuedDate")
        self.issuedDate.setCalendarPopup(True)
        self.issuedDate.setDisplayFormat(u"yyyy-MM-dd")

        self.noticeGrid.addWidget(self.issuedDate, 1, 3, 1, 1)

        self.findingEditLabel = QLabel(NoticeDialog)
        self.findingEditLabel.setObjectName(u"findingEditLabel")

        self.noticeGrid.addWidget(self.findingEditLabel, 2, 0, 1, 1)

        self.findingEdit = QPlainTextEdit(NoticeDialog)
        self.findingEdit.setObjectName(u"findingEdit")

        self.noticeGrid.addWidget(self.findingEdit, 2, 1, 1, 3)

        self.personsEditLabel = QLabel(NoticeDialog)
        self.personsEditLabel.setObjectName(u"personsEditLabel")

        self.noticeGrid.addWidget(self.personsEditLabel, 3, 0, 1, 1)

        self.personsEdit = QLineEdit(NoticeDialog)
        self.personsEdit.setObjectName(u"personsEdit")

        self.noticeGrid.addWidget(self.personsEdit, 3, 1, 1, 1)

        self.countSpinLabel = QLabel(NoticeDialog)
        self.countSpinLabel.setObjectName(u"countSpinLabel")

        self.noticeGrid.addWidget(self.countSpinLabel, 3, 2, 1, 1)

        self.countSpin = QSpinBox(NoticeDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMaximum(99)

        self.noticeGrid.addWidget(self.countSpin, 3, 3, 1, 1)

        self.amountSpinLabel = QLabel(NoticeDialog)
        self.amountSpinLabel.setObjectName(u"amountSpinLabel")

        self.noticeGrid.addWidget(self.amountSpinLabel, 4, 0, 1, 1)

        self.amountSpin = QDoubleSpinBox(NoticeDialog)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setMaximum(1000000.000000000000000)
        self.amountSpin.setDecimals(0)
        self.amountSpin.setSingleStep(100.000000000000000)

        self.noticeGrid.addWidget(self.amountSpin, 4, 1, 1, 1)


        self.mainLayout.addLayout(self.noticeGrid)

        self.errorLabel = QLabel(NoticeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoticeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.stationComboLabel.setBuddy(self.stationCombo)
        self.caseNumberEditLabel.setBuddy(self.caseNumberEdit)
        self.issuedDateLabel.setBuddy(self.issuedDate)
        self.findingEditLabel.setBuddy(self.findingEdit)
        self.personsEditLabel.setBuddy(self.personsEdit)
        self.countSpinLabel.setBuddy(self.countSpin)
        self.amountSpinLabel.setBuddy(self.amountSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"Supervision notice", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("NoticeDialog", u"Category", u"a supervision notice's problem"))
        self.stationComboLabel.setText(QCoreApplication.translate("NoticeDialog", u"Station", None))
        self.caseNumberEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"Case number", None))
        self.caseNumberEdit.setPlaceholderText(QCoreApplication.translate("NoticeDialog", u"optional", None))
        self.issuedDateLabel.setText(QCoreApplication.translate("NoticeDialog", u"Issued on", None))
        self.findingEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"Finding", None))
        self.personsEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"Persons assessed", None))
        self.personsEdit.setPlaceholderText(QCoreApplication.translate("NoticeDialog", u"names, separated by \u3001", None))
        self.countSpinLabel.setText(QCoreApplication.translate("NoticeDialog", u"Person-times", None))
        self.amountSpinLabel.setText(QCoreApplication.translate("NoticeDialog", u"Amount (yuan)", None))
    # retranslateUi

