import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(<div>社联台</div>)
