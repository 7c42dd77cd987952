/** The application menu, in French (the app's default language), with the usual shortcuts. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentProject } from '../models/api/contract';

export function buildMenu(
  send: (command: MenuCommand) => void,
  recent: readonly RecentProject[],
  openRecent: (path: string) => void,
): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        { label: 'Nouveau projet…', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
        { label: 'Ouvrir…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        {
          label: 'Récents',
          submenu: recent.length
            ? recent.map((r) => ({ label: r.name, sublabel: r.path, enabled: r.exists, click: () => openRecent(r.path) }))
            : [{ label: 'Aucun projet récent', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Enregistrer sous…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-as') },
        { label: 'Fermer le projet', accelerator: 'CmdOrCtrl+W', click: () => send('close') },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler la dernière modification', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { label: 'Français', type: 'radio', click: () => send('locale-fr') },
        { label: 'English', type: 'radio', click: () => send('locale-en') },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
      ],
    },
    {
      label: 'Aide',
      submenu: [{ label: 'À propos d’Ilot', click: () => send('about') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
