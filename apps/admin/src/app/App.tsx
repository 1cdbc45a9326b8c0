import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { RouterProvider } from 'react-router';
import { queryClient } from './query-client';
import { router } from './router';
import { ACCESSIBLE_COMPONENTS, ACCESSIBLE_TOKENS, useThemeColor } from './theme';

dayjs.locale('zh-cn');

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemedApp />
    </QueryClientProvider>
  );
}

function ThemedApp() {
  const colorPrimary = useThemeColor();
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { colorPrimary, borderRadius: 4, ...ACCESSIBLE_TOKENS }, components: ACCESSIBLE_COMPONENTS }}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
