import { EditorLoader } from '@/components/editor/editor-loader';

export default function Home() {
  return <EditorLoader />;
}
