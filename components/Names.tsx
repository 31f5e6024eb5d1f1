/** An English name with its Chinese name beside it. */
export function Names({ name, nameZh }: { name: string; nameZh?: string | undefined }) {
  return (
    <>
      <span class="wic-name" lang="en">{name}</span>
      {nameZh && (
        <>
          {' '}
          <span class="wic-name-zh" lang="zh-Hans">{nameZh}</span>
        </>
      )}
    </>
  );
}
