/** Theme storage key and the inline script that applies the saved theme before first paint (server-safe module). */
export const THEME_KEY = 'entryway:theme';

export const themeBootScript = `try{var p=localStorage.getItem('${THEME_KEY}');var d=p==='dark'||(p!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)}catch(e){}`;
